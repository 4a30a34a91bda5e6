"""Build the API reference: one self-contained HTML file that works offline.

Redoc 2 (pinned in package.json) renders the spec as bundled by Redocly CLI. Its
standalone bundle is inlined, no font is linked, and a Content-Security-Policy forbids
the page any network fetch, so it opens the same with or without a connection. (The one
thing Redoc would fetch, its "API docs by Redocly" logo, is blocked and not missed.) (Redocly
CLI's own build-docs output hydrates from a CDN and routes each tag to its own URL path,
which a file:// page can't follow.)

    python tools/releases/reference.py SPEC OUTPUT
"""

from __future__ import annotations

import html
import json
import sys
import tempfile
from pathlib import Path

from tools import spec_source
from tools.paths import REDOC

# Everything the page needs is inline; it may fetch nothing. Redoc compiles JSON schemas at
# run time ('unsafe-eval') and runs its search in a worker made from a blob.
POLICY = (
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; worker-src blob:; connect-src 'none'"
)
OPTIONS = {
    "expandResponses": "200",
    "jsonSampleExpandLevel": 4,
    "hideDownloadButton": True,
    "pathInMiddlePanel": True,
}
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body {{ margin: 0; }}</style>
</head>
<body>
<div id="redoc"></div>
<script>{bundle}</script>
<script>Redoc.init({spec}, {options}, document.getElementById("redoc"));</script>
</body>
</html>
"""


def inline_json(value: object) -> str:
    """JSON that can sit inside a <script> element."""
    return json.dumps(value).replace("</", "<\\/")


def build(spec: Path, output: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        bundled = Path(work) / "openapi.json"
        spec_source.redocly_bundle(spec, bundled)
        document = json.loads(bundled.read_text(encoding="utf-8"))
    # Redoc lists the auth headers (x-api-key, x-application-id) where the description asks.
    document["info"]["description"] += (
        "\n\n# Authentication\n\n<!-- ReDoc-Inject: <security-definitions> -->\n"
    )
    bundle = REDOC.read_text(encoding="utf-8")
    if "</script" in bundle:
        sys.exit("the Redoc bundle contains </script and can't be inlined")
    page = PAGE.format(
        policy=POLICY,
        title=html.escape(f"{document['info']['title']} {document['info']['version']}: API reference"),
        bundle=bundle,
        spec=inline_json(document),
        options=inline_json(OPTIONS),
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
