"""Fetching http(s) URLs: timeouts, redirects, a size cap and errors that say what to do."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from ..errors import FetchError


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str
    charset: str | None


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def fetch(url: str, timeout: float, max_bytes: int, max_redirects: int, user_agent: str) -> Fetched:
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
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise _too_large(url, max_bytes)
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
    except httpx.RequestError as err:
        raise FetchError(
            f"{url}: cannot connect ({err}). Check the address and the network."
        ) from None


def _too_large(url: str, max_bytes: int) -> FetchError:
    return FetchError(
        f"{url}: larger than the {max_bytes / 1e6:g} MB limit for one document. "
        "Raise ingest.max_document_bytes in a settings file if it really is one article."
    )
