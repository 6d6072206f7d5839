#!/usr/bin/env python3
"""Expand the shorthand batch files (text ## voice, under '# positive' and
'# hard_negative' headers) into round33_insider_public.jsonl, then check it.
Only expands shorthand and adds the fixed fields; drops exact duplicates."""
import glob, json, os, re, sys, itertools

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'round33_insider_public.jsonl')
HEADS = ["cue.confidentiality.insider-advantage"]
RULE = "confidentiality.insider-advantage"


def parse():
    rows, seen = [], set()
    for path in sorted(glob.glob(os.path.join(HERE, 'batch*.txt'))):
        kind = None
        for n, line in enumerate(open(path, encoding='utf-8'), 1):
            line = line.strip()
            if not line:
                continue
            if line == '# positive':
                kind = 'positive'; continue
            if line == '# hard_negative':
                kind = 'hard_negative'; continue
            if kind is None or ' ## ' not in line:
                sys.exit(f'{path}:{n}: bad line')
            text, voice = line.rsplit(' ## ', 1)
            text, voice = text.strip(), voice.strip()
            if text in seen:
                continue
            seen.add(text)
            lab = [RULE] if kind == 'positive' else []
            rows.append({"text": text, "heads": HEADS, "labels": lab,
                         "rules": list(lab), "kind": kind, "voice": voice})
    return rows


def norm(t):
    return re.sub(r'\s+', ' ', t.lower()).strip()


def toks(t):
    return set(re.findall(r"[a-z0-9']+", t.lower()))


def check(path):
    bad = 0
    rows = []
    for i, line in enumerate(open(path, encoding='utf-8'), 1):
        try:
            r = json.loads(line)
        except Exception:
            print('parse error line', i); bad += 1; continue
        if set(r) != {"text", "heads", "labels", "rules", "kind", "voice"}:
            print('keys', i); bad += 1
        if r.get('heads') != HEADS:
            print('heads', i); bad += 1
        k = r.get('kind')
        if k == 'positive':
            ok = r['labels'] == [RULE] and r['rules'] == [RULE]
        elif k == 'hard_negative':
            ok = r['labels'] == [] and r['rules'] == []
        else:
            ok = False
        if not ok:
            print('labels/kind', i); bad += 1
        if not r.get('voice') or not r.get('text'):
            print('empty', i); bad += 1
        rows.append(r)
    seen = {}
    for i, r in enumerate(rows, 1):
        t = norm(r['text'])
        if t in seen:
            print('duplicate', seen[t], i); bad += 1
        seen[t] = i
    email = re.compile(r'[\w.+-]+@([\w-]+\.)+[a-z]{2,}', re.I)
    phone = re.compile(r'(\+44\s?\d|\b0\d{2,4})[\s-]?\d{3,4}[\s-]?\d{3,4}\b')
    for i, r in enumerate(rows, 1):
        for m in email.finditer(r['text']):
            if not re.search(r'example\.(com|gov\.uk|org)$', m.group(0), re.I):
                print('email', i, m.group(0)); bad += 1
        if phone.search(r['text']):
            print('phone', i); bad += 1
    ts = [toks(r['text']) for r in rows]
    flagged = 0
    for a, b in itertools.combinations(range(len(rows)), 2):
        j = len(ts[a] & ts[b]) / max(1, len(ts[a] | ts[b]))
        if j > 0.8:
            print(f'jaccard {j:.2f}: {a+1} / {b+1}'); flagged += 1
    pos = sum(r['kind'] == 'positive' for r in rows)
    print(f'{len(rows)} rows, {pos} positive, {len(rows)-pos} hard_negative, '
          f'{bad} bad, {flagged} pairs with Jaccard > 0.8')
    return bad


if __name__ == '__main__':
    rows = parse()
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    sys.exit(1 if check(OUT) else 0)
