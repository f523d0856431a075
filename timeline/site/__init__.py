"""The timeline website: pure functions that turn Events into page bodies; timeline.plugin glues them into MkDocs."""
