"""The job search's pages of one record, which read the layers above it: an application or an
interview with its messages and where its follow-ups stand, a person with the messages to them,
and deleting one of them with the messages that go with it."""
