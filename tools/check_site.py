"""Check the rendered documentation site in `_docs/` (after `nbdev_docs`).

    python tools/check_site.py [SITE_DIR] [--root REPO] [--rendered-in DIR] [--list]

Fails (exit 1, one line per problem) unless:
- every notebook in nbs/ has a page;
- no page shows an error output of a cell;
- every link from a page to a local page, or to an anchor in one, resolves;
- the site has its search index and every notebook's page is in the sidebar;
- the pages that teach the method show the source of the functions they teach;
- no page shows an absolute path of the machine that rendered it (the checkout given by --root, the folder it was
  rendered in given by --rendered-in, or any path under /tmp/, /work/, /home/, /Users/, /root/, /private/var/);
- no page says "not measured yet";
- no cell output holds a Python warning (`...Warning: `) or a hub client's `Retrying` line;
- no line of code is wider than the code box at 1280 px (outputs may scroll) (CODE_COLUMNS, measured by tools/code_width.py).
Every offender is listed, page by page. `--list` prints them all and exits 0, to see what remains.
Prints a summary line: pages, links checked, code found.
"""
import ast, configparser, html, json, re, sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit, unquote

CODE_COLUMNS = 121  # characters a code or output box shows in a 1280 px window (python tools/code_width.py)
MACHINE_DIRS = ('/tmp/', '/work/', '/home/', '/Users/', '/root/', '/private/var/')
WARNING = re.compile(r'\b[A-Z]\w*Warning: ')  # how Python prints a warning: UserWarning: ..., FutureWarning: ...
RETRY = re.compile(r'^\s*Retrying\b.*$', re.MULTILINE)

# (page, module file, function) whose source lines must appear on the page
TAUGHT = [('celebs.html', 'celebs.py', 'column_means'), ('init.html', 'init.py', 'cross_init'),
          ('loss.html', 'loss.py', 'reg_loss'), ('train.html', 'train.py', 'train_step')]

def page_name(nb: Path) -> str:
    "The page nbdev renders a notebook to: numeric prefix dropped, lower case, .html (as nbdev's doclinks does)."
    return re.sub(r'^\d+[a-zA-Z0-9]*_', '', nb.stem.lower()) + '.html'

class Page(HTMLParser):
    "Links, element ids, sidebar links, error outputs, plain text, cell outputs' text and code boxes' lines of a page."
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.ids, self.sidebar, self.errors, self.text = [], set(), [], 0, []
        self.outputs, self.boxes = [], []  # text of each cell output; [text, is an output] of each <pre>
        self.shown = []  # the text a page shows but its cells' source code: prose and outputs
        self._stack = []  # (tag, inside: the sidebar, a cell output, a <pre>, a cell's source) per open element
    def handle_starttag(self, tag, attrs):
        a = dict(attrs); cls = (a.get('class') or '').split()
        top = self._stack[-1] if self._stack else (None, False, False, False, False)
        in_sidebar = top[1] or a.get('id') == 'quarto-sidebar'
        in_output, in_pre = top[2] or 'cell-output' in cls, top[3] or tag == 'pre'
        if 'cell-output-error' in cls: self.errors += 1  # Quarto's class for a cell's error output (a traceback)
        if 'cell-output' in cls and not top[2]: self.outputs.append('')
        if tag == 'pre' and not top[3]: self.boxes.append(['', in_output])  # its text, and whether it is an output
        if a.get('id'): self.ids.add(a['id'])
        if a.get('name') and tag == 'a': self.ids.add(a['name'])
        if tag == 'a' and a.get('href'):
            self.links.append(a['href'])
            if in_sidebar: self.sidebar.append(a['href'])
        if tag not in ('br', 'img', 'meta', 'link', 'input', 'hr', 'source', 'wbr'):
            self._stack.append((tag, in_sidebar, in_output, in_pre, top[4] or 'cell-code' in cls))
    def handle_endtag(self, tag):
        while self._stack:
            if self._stack.pop()[0] == tag: break
    def handle_data(self, data):
        self.text.append(data)
        if self._stack and self._stack[-1][2]: self.outputs[-1] += data
        if self._stack and self._stack[-1][3]: self.boxes[-1][0] += data
        if not (self._stack and self._stack[-1][4]): self.shown.append(data)

def parse(path: Path) -> Page:
    p = Page(); p.feed(path.read_text(encoding='utf-8')); p.close(); return p

def squash(s: str) -> str: return re.sub(r'\s+', ' ', s).strip()

def function_lines(py: Path, name: str) -> list:
    "Non-blank source lines of the top-level function `name` in `py`, whitespace squashed."
    src = py.read_text(encoding='utf-8'); tree = ast.parse(src)
    node = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name), None)
    if node is None: raise SystemExit(f"check_site: {name} not found in {py}")
    start = min([node.lineno] + [d.lineno for d in node.decorator_list])
    lines = src.splitlines()[start - 1:node.end_lineno]
    return [squash(l) for l in lines if l.strip()]

def site_prefix(root: Path) -> str:
    "The published address of the site, from settings.ini (doc_host + doc_baseurl)."
    cfg = configparser.ConfigParser(); cfg.read(root/'settings.ini', encoding='utf-8'); d = cfg['DEFAULT']
    return d['doc_host'].rstrip('/') + '/' + d['doc_baseurl'].strip('/') + '/'

def machine_paths(text: str, roots: list) -> list:
    "Absolute paths of the rendering machine in `text`: under one of `roots`, or under a usual machine folder."
    starts = [r.rstrip('/') + '/' for r in roots if r] + list(MACHINE_DIRS)
    pattern = '(?<![\\w.~/-])(?:' + '|'.join(re.escape(p) for p in starts) + r')[^\s\'"),;:]*'
    return sorted(set(re.findall(pattern, text)))

def noise(name: str, pg: Page, roots: list) -> list:
    "A page's noise, one problem per offender: machine paths, unfinished claims, warnings, retries, cut lines."
    text = html.unescape(''.join(pg.text))  # a path in a cell's source is an example; in prose or output, noise
    out = [f"{name}: machine path {p}" for p in machine_paths(''.join(pg.shown), roots)]
    out += [f"{name}: says 'not measured yet'"] * text.lower().count('not measured yet')
    for o in pg.outputs:
        out += [f"{name}: a warning in an output: {squash(l)[:100]}" for l in o.splitlines() if WARNING.search(l)]
        out += [f"{name}: a retry line in an output: {squash(m)[:100]}" for m in RETRY.findall(o)]
    for box, is_output in pg.boxes:
        if is_output: continue  # an output may scroll: it is data, not code to read
        out += [f"{name}: a {len(l)}-character line, wider than the code box ({CODE_COLUMNS}): {l[:60].strip()}..."
                for l in box.splitlines() if len(l) > CODE_COLUMNS]
    return out

def check(site: Path, root: Path, rendered_in: str = '') -> list:
    problems = []
    nbs = sorted(p for p in (root/'nbs').glob('*.ipynb') if not p.name.startswith('_'))
    expected = {page_name(nb): nb.name for nb in nbs}
    pages = {p.relative_to(site).as_posix(): parse(p) for p in site.rglob('*.html') if 'site_libs' not in p.parts}
    for page, nb in expected.items():
        if page not in pages: problems.append(f"{nb}: no page {page} in {site}")
    for name, pg in pages.items():
        if pg.errors: problems.append(f"{name}: {pg.errors} cell output(s) with an error")
    # links
    prefix, n_links = site_prefix(root), 0
    for name, pg in pages.items():
        for href in pg.links:
            if href.startswith(prefix): href = href[len(prefix):]  # an absolute link to this site is local too
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(('mailto:', 'javascript:')): continue
            url, frag = urldefrag(href)
            target = (site/Path(name).parent/unquote(url)).resolve() if url else (site/name).resolve()
            if target.is_dir(): target = target/'index.html'
            n_links += 1
            if not target.exists(): problems.append(f"{name}: link to {href}: no such file"); continue
            if frag and target.suffix == '.html':
                tname = target.relative_to(site.resolve()).as_posix()
                if frag not in pages[tname].ids: problems.append(f"{name}: link to {href}: no anchor #{frag} in {tname}")
    # search index and sidebar
    search = site/'search.json'
    if not search.exists() or not json.loads(search.read_text(encoding='utf-8')): problems.append("no search index (search.json)")
    if 'index.html' in pages:
        in_sidebar = {Path(urldefrag(h)[0]).name for h in pages['index.html'].sidebar}
        for page, nb in expected.items():
            if page not in in_sidebar: problems.append(f"{nb}: its page {page} is not in the sidebar (add it to nbs/_quarto.yml)")
    # the code the course teaches is on its pages
    n_code = 0
    for page, py, fn in TAUGHT:
        if page not in pages: continue
        text = squash(html.unescape(''.join(pages[page].text)))
        missing = [l for l in function_lines(root/'crossinit'/py, fn) if l not in text]
        if missing: problems.append(f"{page}: the source of {fn} is not shown ({len(missing)} lines missing, first: {missing[0]!r})")
        else: n_code += 1
    for name, pg in sorted(pages.items()): problems += noise(name, pg, [str(root.resolve()), rendered_in])
    print(f"site check: {len(pages)} pages ({len(expected)} notebooks), {n_links} local links checked, "
          f"source of {n_code}/{len(TAUGHT)} taught functions found, {len(problems)} problem(s)")
    return problems

if __name__ == '__main__':
    args = sys.argv[1:]
    opt = lambda k: args[args.index(k) + 1] if k in args else None
    root = Path(opt('--root') or Path(__file__).resolve().parent.parent)
    rest = [a for i, a in enumerate(args) if not a.startswith('--') and (i == 0 or args[i-1] not in ('--root', '--rendered-in'))]
    site = Path(rest[0]) if rest else root/'_docs'
    if not site.is_dir(): sys.exit(f"check_site: {site} does not exist: run nbdev_docs first")
    problems = check(site, root, opt('--rendered-in') or '')
    for p in problems: print('  ' + p)
    if '--list' in args: print(f"(--list: {len(problems)} problem(s) listed, not failing)")
    sys.exit(1 if problems and '--list' not in args else 0)
