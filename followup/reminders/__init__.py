"""Daily digest emails of what is due, and each user's private calendar feed."""
