"""Measure how many characters of code the rendered site shows per line, in a headless browser.

    python tools/code_width.py [SITE_DIR] [PAGE] [--width 1280]

Serves SITE_DIR (default _docs), opens PAGE (default cli.html) in headless Chromium at the given window width,
and prints, for the page's code boxes and output boxes, the visible text width in px, the width of one character
of their font, and so the characters a line can have before the box scrolls. tools/check_site.py's limit comes from
this measurement at 1280 px.
"""
import functools, http.server, json, re, shutil, subprocess, sys, tempfile, threading
from pathlib import Path

JS = """<script>addEventListener('load', () => {
  const out = {};
  for (const [kind, sel] of [['code', 'div.cell > div.sourceCode > pre'], ['output', 'div.cell-output > pre']]) {
    const pre = document.querySelector(sel); if (!pre) continue;
    const cs = getComputedStyle(pre), code = pre.querySelector('code') || pre;
    const span = document.createElement('span'); span.textContent = 'x'.repeat(100);
    span.style.font = getComputedStyle(code).font; span.style.whiteSpace = 'pre';
    document.body.appendChild(span); const ch = span.getBoundingClientRect().width / 100; span.remove();
    const w = pre.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    out[kind] = {box_px: Math.round(w), char_px: +ch.toFixed(2), font: getComputedStyle(code).fontSize,
                 chars: Math.floor(w / ch)};
  }
  document.body.setAttribute('data-code-width', JSON.stringify(out));
});</script>"""

class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args): pass

def chromium() -> str:
    for name in ('chromium', 'chromium-browser', 'google-chrome'):
        if shutil.which(name): return name
    sys.exit("code_width: no Chromium on PATH (apt-get install chromium)")

def measure(site: Path, page: str, width: int) -> dict:
    "The code and output boxes' widths on `page` of `site`, at a window `width` px wide."
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)/'site'; shutil.copytree(site, copy)
        p = copy/page; p.write_text(p.read_text(encoding='utf-8').replace('</body>', JS + '</body>'), encoding='utf-8')
        handler = functools.partial(Quiet, directory=str(copy))
        srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        try:
            dom = subprocess.run([chromium(), '--headless=new', '--no-sandbox', '--disable-gpu', '--dump-dom',
                                  f'--window-size={width},2000', f'http://127.0.0.1:{srv.server_port}/{page}'],
                                 capture_output=True, text=True, timeout=120).stdout
        finally: srv.shutdown()
    m = re.search(r'data-code-width="([^"]*)"', dom)
    if not m: sys.exit(f"code_width: {page} reported no measurement (no code cell on it?)")
    return json.loads(m[1].replace('&quot;', '"'))

if __name__ == '__main__':
    args = sys.argv[1:]
    width = int(args[args.index('--width') + 1]) if '--width' in args else 1280
    rest = [a for i, a in enumerate(args) if a != '--width' and (i == 0 or args[i-1] != '--width')]
    site, page = Path(rest[0] if rest else '_docs'), rest[1] if len(rest) > 1 else 'cli.html'
    print(f"{page} at {width} px:", json.dumps(measure(site, page, width)))
