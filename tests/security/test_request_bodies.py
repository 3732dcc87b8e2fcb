"""A request body too large gets a page saying so (413), and a body the page does not read no
longer makes the server drop the connection: checked through Django and through `followup
serve` itself (Granian), as a browser would see it."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.test import Client
from smtp_sink import free_port

FOLLOWUP = str(Path(sys.executable).with_name("followup"))


@pytest.mark.django_db
def test_a_body_over_the_limit_gets_a_page_saying_so(seeker: object) -> None:
    response = Client().post(
        "/login/", data=b"x" * (4 * 1024 * 1024), content_type="application/octet-stream"
    )
    assert response.status_code == 413
    assert "too large" in response.content.decode()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "EMAIL_URL"}}
    env.update(FOLLOWUP_DATA_DIR=str(tmp_path_factory.mktemp("data")), LOG_LEVEL="ERROR")
    process = subprocess.Popen(
        [FOLLOWUP, "serve", "--port", str(port), "--no-worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/")
                break
            except OSError:
                time.sleep(0.3)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=20)


def _post(port: int, path: str, size: int) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(
        "POST", path, body=b"x" * size, headers={"Content-Type": "application/octet-stream"}
    )
    response = connection.getresponse()
    return response.status, response.read().decode()


@pytest.mark.parametrize("size", [200_000, 2_000_000])
def test_the_server_answers_a_body_the_page_does_not_read(server: int, size: int) -> None:
    status, _page = _post(server, "/help/", size)
    assert status < 500


def test_the_server_answers_too_large_with_a_page(server: int) -> None:
    status, page = _post(server, "/login/", 5_000_000)
    assert status == 413 and "too large" in page
