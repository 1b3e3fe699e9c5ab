"""The fake Hub's JSON API: ``/api/models`` (search), ``/api/models/{id}`` and its tree."""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import urlencode, urlsplit

from tests.fake_hub.repos import _File, _Repo

_SORT_KEYS = {
    "downloads": "downloads",
    "likes": "likes",
    "lastModified": "last_modified",
    "last_modified": "last_modified",
    "createdAt": "created_at",
    "created_at": "created_at",
    "trendingScore": "trending_score",
    "trending_score": "trending_score",
    "trending": "trending_score",
    "id": "repo_id",
}


def _model_json(
    repo: _Repo,
    *,
    listing: bool,
    full: bool,
    expand: list[str],
    blobs: bool = False,
) -> dict[str, Any]:
    """A repo as the API describes it: in a /api/models listing or alone, full or expanded."""
    siblings = []
    for path, file in sorted(repo.files.items()):
        sibling: dict[str, Any] = {"rfilename": path}
        if blobs:
            sibling.update({"size": file.size, "blobId": file.blob_id})
            if file.lfs:
                sibling["lfs"] = {
                    "sha256": file.sha256,
                    "size": file.size,
                    "pointerSize": len(file.pointer),
                }
        siblings.append(sibling)
    everything: dict[str, Any] = {
        "_id": repo.object_id,
        "id": repo.repo_id,
        "modelId": repo.repo_id,
        "author": repo.repo_id.split("/")[0] if "/" in repo.repo_id else None,
        "sha": repo.commit,
        "lastModified": repo.last_modified,
        "createdAt": repo.created_at,
        "private": repo.private,
        "disabled": False,
        "gated": repo.gated,
        "downloads": repo.downloads,
        "likes": repo.likes,
        "trendingScore": repo.trending_score,
        "tags": list(repo.tags),
        "siblings": siblings,
        "spaces": [],
        "usedStorage": sum(f.size for f in repo.files.values()),
    }
    if expand:
        return {k: v for k, v in everything.items() if k in ("_id", "id", *expand)}
    if listing and not full:  # what /api/models returns without full/expand
        keys = ("_id", "id", "modelId", "likes", "trendingScore", "private", "downloads")
        return {k: everything[k] for k in (*keys, "tags", "createdAt")}
    if listing:
        everything.pop("spaces")
        everything.pop("usedStorage")
    return everything


class _ModelApi:
    """The ``/api/models`` endpoints of _Handler (a mixin; it uses the handler's helpers)."""

    def _list_models(self, method: str, query: dict[str, list[str]], auth: str) -> None:
        hub = self.hub

        def one(name: str) -> str | None:
            values = query.get(name)
            return values[-1] if values else None

        repos = [r for r in hub._repos.values() if not r.private or auth == "valid"]
        if (search := one("search")) is not None:
            repos = [r for r in repos if search.lower() in r.repo_id.lower()]
        if (author := one("author")) is not None:
            repos = [r for r in repos if r.repo_id.split("/")[0].lower() == author.lower()]
        for tag in query.get("filter", []) + query.get("pipeline_tag", []):
            repos = [r for r in repos if tag in r.tags]
        if (gated := one("gated")) is not None:
            want = gated.lower() in ("true", "1")
            repos = [r for r in repos if bool(r.gated) == want]
        if (sort := one("sort")) is not None:
            if sort not in _SORT_KEYS:
                self._error(method, 400, f'Invalid sort parameter "{sort}"')
                return
            descending = one("direction") != "1"
            repos.sort(key=lambda r: r.sort_value(_SORT_KEYS[sort]), reverse=descending)
        try:
            limit_text = one("limit")
            limit = int(limit_text) if limit_text else None
            cursor = int(one("cursor") or 0)
        except ValueError:
            self._error(method, 400, "Invalid limit or cursor")
            return
        if limit is not None:
            repos = repos[:limit]
        full = (one("full") or "").lower() in ("true", "1")
        expand = query.get("expand", []) + query.get("expand[]", [])
        page_size = max(1, min(hub.page_size, limit or hub.page_size))
        page = repos[cursor : cursor + page_size]
        items = [_model_json(r, listing=True, full=full, expand=expand) for r in page]
        headers = {}
        if cursor + page_size < len(repos):
            next_query = {k: v for k, v in query.items() if k != "cursor"}
            next_query["cursor"] = [str(cursor + page_size)]
            headers["Link"] = (
                f'<{hub.url}/api/models?{urlencode(next_query, doseq=True)}>; rel="next"'
            )
        self._json(method, items, headers)

    def _model_api(
        self, method: str, rest: list[str], query: dict[str, list[str]], auth: str
    ) -> None:
        hub = self.hub
        subpaths = {"revision", "tree", "auth-check", "resolve", "refs", "commits", "paths-info"}
        if len(rest) >= 2 and ("/".join(rest[:2]) in hub._repos or rest[1] not in subpaths):
            repo_id, tail = "/".join(rest[:2]), rest[2:]
        else:
            repo_id, tail = rest[0], rest[1:]

        if tail == ["auth-check"]:
            if self._repo_or_error(method, repo_id, auth, content=True) is not None:
                self._json(method, {})
            return
        if not (tail == [] or (len(tail) == 2 and tail[0] == "revision") or tail[:1] == ["tree"]):
            self._error(method, 404, "Sorry, we can't find the page you are looking for.")
            return
        repo = self._repo_or_error(method, repo_id, auth, content=False)
        if repo is None:
            return
        if tail[:1] == ["tree"]:
            if len(tail) < 2:
                self._error(method, 404, "Sorry, we can't find the page you are looking for.")
                return
            if self._revision_ok(method, repo, tail[1]):
                self._tree(method, repo, "/".join(tail[2:]).strip("/"), query)
            return
        if tail and not self._revision_ok(method, repo, tail[1]):
            return
        blobs = query.get("blobs", ["false"])[-1].lower() in ("true", "1")
        security = query.get("securityStatus", ["false"])[-1].lower() in ("true", "1")
        expand = query.get("expand", []) + query.get("expand[]", [])
        data = _model_json(repo, listing=False, full=True, expand=expand, blobs=blobs)
        if security:
            data["securityRepoStatus"] = {"scansDone": True, "filesWithIssues": []}
        self._json(method, data)

    def _tree(self, method: str, repo: _Repo, base: str, query: dict[str, list[str]]) -> None:
        hub = self.hub
        recursive = query.get("recursive", ["false"])[-1].lower() in ("true", "1")
        expand = query.get("expand", ["false"])[-1].lower() in ("true", "1")
        prefix = f"{base}/" if base else ""
        under = [f for path, f in sorted(repo.files.items()) if path.startswith(prefix)]
        if base and not under:
            self._error(method, 404, f"Entry not found: {base}", "EntryNotFound")
            return
        directories: set[str] = set()
        files: list[_File] = []
        for file in under:
            relative_parts = file.path[len(prefix) :].split("/")
            for depth in range(1, len(relative_parts)):
                directories.add(prefix + "/".join(relative_parts[:depth]))
                if not recursive:
                    break
            if recursive or len(relative_parts) == 1:
                files.append(file)
        last_commit = {"id": repo.commit, "title": "Upload folder", "date": repo.last_modified}
        entries: list[dict[str, Any]] = []
        for directory in sorted(directories):
            entry: dict[str, Any] = {
                "type": "directory",
                "oid": hashlib.sha1(f"tree {repo.commit} {directory}".encode()).hexdigest(),
                "size": 0,
                "path": directory,
            }
            if expand:
                entry["lastCommit"] = last_commit
            entries.append(entry)
        for file in files:
            entry = {"type": "file", "oid": file.blob_id, "size": file.size, "path": file.path}
            if file.lfs:
                entry["lfs"] = {
                    "oid": file.sha256,
                    "size": file.size,
                    "pointerSize": len(file.pointer),
                }
            if expand:
                entry["lastCommit"] = last_commit
                entry["securityFileStatus"] = {
                    "status": "safe",
                    "avScan": {"virusFound": False, "virusNames": None},
                    "pickleImportScan": None,
                }
            entries.append(entry)
        entries.sort(key=lambda e: e["path"])
        cursor = int(query.get("cursor", ["0"])[-1] or 0)
        page_size = max(1, min(hub.page_size, 50) if expand else hub.page_size)
        headers = {}
        if cursor + page_size < len(entries):
            next_query = {k: v for k, v in query.items() if k != "cursor"}
            next_query["cursor"] = [str(cursor + page_size)]
            path = urlsplit(self.path).path  # the page links repeat the request's own path
            headers["Link"] = f'<{hub.url}{path}?{urlencode(next_query, doseq=True)}>; rel="next"'
        self._json(method, entries[cursor : cursor + page_size], headers)
