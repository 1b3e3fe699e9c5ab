"""Resumable, verified transfers of model files."""
