"""Fetching http(s) URLs: timeouts, a total deadline, redirects, a size cap and errors that say
what to do."""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx

from ..errors import FetchError, IngestError


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str
    charset: str | None


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def is_url(value: str) -> bool:
    """An http(s) URL (the scheme in any case: "HTTP://" is one too)."""
    return value[:8].lower().startswith(("http://", "https://"))


def check_not_other_url(value: str) -> None:
    """Refuse, clearly, a URL of a scheme we do not fetch ("file://", "ftp://") given where a
    path or an http(s) URL belongs; a Windows drive ("C:\\news") is a path."""
    match = _SCHEME.match(value)
    if not match or len(match.group(1)) == 1 or not value[match.end() :].startswith("//"):
        return
    scheme = match.group(1).lower()
    if scheme == "file":
        raise IngestError(
            f"{value}: file:// URLs are not read. Give the path itself, e.g. "
            f"{value[len('file://') :] or '/path/to/article.txt'}"
        )
    raise IngestError(
        f"{value}: {scheme}:// URLs are not fetched, only http:// and https://. "
        "Download it and give the file."
    )


def check_url(url: str) -> None:
    """Refuse a malformed http(s) URL before connecting to anything."""
    try:
        host = httpx.URL(url).host
    except (httpx.InvalidURL, UnicodeError, ValueError) as err:
        raise FetchError(f"{url}: not a valid URL ({err}). Check the address.") from None
    if not host or any(c.isspace() for c in host):
        raise FetchError(f"{url}: not a valid URL (no host name). Check the address.")


def fetch(
    url: str,
    timeout: float,
    max_bytes: int,
    max_redirects: int,
    user_agent: str,
    deadline: float | None = None,
) -> Fetched:
    """GET `url`: each read waits at most `timeout` seconds, and the whole fetch (redirects and
    body included) at most `deadline` seconds (default: three times `timeout`), so a server
    that drips bytes cannot hold a run up."""
    check_url(url)
    deadline = deadline or 3 * timeout
    outcome: dict[str, Any] = {}
    finished = threading.Event()

    def work() -> None:
        try:
            outcome["fetched"] = _fetch(
                url, timeout, max_bytes, max_redirects, user_agent, deadline
            )
        except BaseException as err:  # handed to the caller's thread
            outcome["error"] = err
        finally:
            finished.set()

    # A daemon thread: a server still dripping its headers after the deadline leaves it waiting
    # on its socket (it stops at its next read), never the run.
    threading.Thread(target=work, name=f"fetch {url[:60]}", daemon=True).start()
    if not finished.wait(deadline + 1):
        raise _too_slow(url, deadline)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["fetched"]


def _fetch(
    url: str, timeout: float, max_bytes: int, max_redirects: int, user_agent: str, deadline: float
) -> Fetched:
    stop_at = time.monotonic() + deadline
    headers = {
        "User-Agent": user_agent,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
        "text/plain;q=0.9,*/*;q=0.5",
    }
    try:
        with (
            httpx.Client(
                timeout=timeout, follow_redirects=True, max_redirects=max_redirects, headers=headers
            ) as client,
            client.stream("GET", url) as response,
        ):
            response.raise_for_status()
            declared = int(response.headers.get("content-length") or 0)
            if declared > max_bytes:
                raise _too_large(url, max_bytes)
            chunks, size = [], 0
            # decoded bytes (gzip and the like undone), so the cap holds for what they unpack to
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise _too_large(url, max_bytes)
                if time.monotonic() > stop_at:
                    raise _too_slow(url, deadline)
                chunks.append(chunk)
            return Fetched(
                url=str(response.url),
                content=b"".join(chunks),
                content_type=response.headers.get("content-type", "").split(";")[0].strip().lower(),
                charset=response.charset_encoding,
            )
    except httpx.TimeoutException:
        raise FetchError(
            f"{url}: timed out after {timeout:g} s. Check that the site is up, "
            "or raise ingest.http_timeout in a settings file."
        ) from None
    except httpx.TooManyRedirects:
        raise FetchError(
            f"{url}: more than {max_redirects} redirects. Check the address."
        ) from None
    except httpx.HTTPStatusError as err:
        status = err.response.status_code
        raise FetchError(
            f"{url}: HTTP {status} {err.response.reason_phrase}. Check the address."
        ) from None
    except httpx.UnsupportedProtocol:
        raise FetchError(
            f"{url}: redirected to an address that is not http(s). Check the address."
        ) from None
    except httpx.RequestError as err:
        raise FetchError(
            f"{url}: cannot connect ({err}). Check the address and the network."
        ) from None
    except (httpx.InvalidURL, UnicodeError, ValueError) as err:
        raise FetchError(f"{url}: not a valid URL ({err}). Check the address.") from None


def _too_large(url: str, max_bytes: int) -> FetchError:
    return FetchError(
        f"{url}: larger than the {max_bytes / 1e6:g} MB limit for one document. "
        "Raise ingest.max_document_bytes in a settings file if it really is one article."
    )


def _too_slow(url: str, deadline: float) -> FetchError:
    return FetchError(
        f"{url}: not fetched within {deadline:g} s (the server sends too slowly). Check that "
        "the site is up, or raise ingest.http_deadline in a settings file."
    )
