"""The engine service: one thread owns the loaded model; every front end submits requests to it."""
