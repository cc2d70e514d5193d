"""Reviewers' dashboards at /dashboard/: overview, claim, queue and actor pages."""
