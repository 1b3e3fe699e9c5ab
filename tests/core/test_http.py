"""One-line messages for network failures (core/http.describe_failure)."""

from __future__ import annotations

import httpx2

from gpt4local.core.http import describe_failure


def test_a_broken_connection_without_a_message_names_the_error():
    """httpx raises some transport errors with no text (e.g. a peer closing mid-body); the
    message read "The connection to host broke: ." because the exception object, always true,
    was formatted instead of its text."""
    message = str(describe_failure(httpx2.RemoteProtocolError(""), "https://example.org/x"))
    assert message == "The connection to example.org broke: RemoteProtocolError."
