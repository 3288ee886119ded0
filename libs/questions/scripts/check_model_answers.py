#!/usr/bin/env python3
"""Development check of the coding and training entries (not part of the Jest suite, which must
not need Python): every starter parses (Python with ast, JavaScript with `node --check`), every
model answer runs, and each coding answer reproduces the worked example computed by the oracle
libraries (scripts/worked_examples.py) and runs on every generated case of seed 1.

  npx nx run questions:build && node libs/questions/scripts/dump-answers.js > /tmp/answers.json
  (or, after `npx nx run reference:build`, `... dump-answers.js --with-reference` to compare every
  case's answer with the reference library as well)
  /usr/bin/python3 libs/questions/scripts/check_model_answers.py /tmp/answers.json
"""
import ast, json, math, subprocess, sys, tempfile, time
import numpy as np

NON_FINITE = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


def decode(v, numeric=True):
    if isinstance(v, list):
        return [decode(x, numeric) for x in v]
    if isinstance(v, dict):
        return {k: decode(x, numeric) for k, x in v.items()}
    if numeric and isinstance(v, str) and v in NON_FINITE:
        return NON_FINITE[v]
    return v


def to_numpy(v):
    """Arrays as numpy, as the judge passes them; lists of strings or dicts stay lists."""
    if isinstance(v, list):
        try:
            a = np.asarray(v)
            if a.dtype.kind in "iufb":
                return a
        except ValueError:
            pass
        return [to_numpy(x) for x in v]
    if isinstance(v, dict):
        return {k: to_numpy(x) for k, x in v.items()}
    return v


def plain(v):
    if isinstance(v, np.ndarray):
        return v.tolist()
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    if isinstance(v, np.generic):
        return v.item()
    return v


def close(a, b, tol, path):
    if isinstance(b, list):
        if not isinstance(a, list) or len(a) != len(b):
            return f"{path}: shape {a!r:.80} vs {b!r:.80}"
        for i, (x, y) in enumerate(zip(a, b)):
            p = close(x, y, tol, f"{path}[{i}]")
            if p:
                return p
        return None
    if isinstance(b, dict):
        for k in b:
            p = close(a.get(k) if isinstance(a, dict) else None, b[k], tol, f"{path}.{k}")
            if p:
                return p
        return None
    if isinstance(b, bool) or isinstance(a, bool):
        return None if a == b else f"{path}: {a} vs {b}"
    if isinstance(b, (int, float)) and isinstance(a, (int, float)):
        if math.isnan(b):
            return None if math.isnan(a) else f"{path}: {a} vs nan"
        if math.isinf(b):
            return None if a == b else f"{path}: {a} vs {b}"
        if tol == "exact":
            return None if a == b else f"{path}: {a} vs {b}"
        return None if abs(a - b) <= tol["atol"] + 1e-6 + tol["rtol"] * abs(b) else f"{path}: {a} vs {b}"
    return None if a == b else f"{path}: {a!r} vs {b!r}"


def main():
    entries = json.load(open(sys.argv[1]))
    failures = 0
    for e in entries:
        problems = []
        for lang, src in e["starter"].items():
            if lang == "PYTHON":
                try:
                    ast.parse(src)
                except SyntaxError as err:
                    problems.append(f"python starter: {err}")
            else:
                with tempfile.NamedTemporaryFile("w", suffix=".js", delete=False) as f:
                    f.write(src)
                r = subprocess.run(["node", "--check", f.name], capture_output=True, text=True)
                if r.returncode:
                    problems.append(f"js starter: {r.stderr.strip()[:200]}")
        if e["solution"] != e["solutionZh"]:
            problems.append("zh and en model answers differ in code")
        ns = {}
        try:
            exec(compile(e["solution"], e["slug"], "exec"), ns)
        except Exception as err:  # noqa: BLE001
            problems.append(f"model answer does not load: {err!r}")
        if e["kind"] == "CODING" and e["entry"] in ns:
            fn = ns[e["entry"]]
            ex = e["example"]
            try:
                out = plain(fn(**to_numpy(decode(ex["input"]))))
                for field in e["checkedFields"]:
                    if field in ex["output"]:
                        tol = e["tolerance"].get(field, {"rtol": 1e-4, "atol": 1e-5})
                        p = close(out.get(field), decode(ex["output"][field]), tol, field)
                        if p:
                            problems.append(f"worked example: {p}")
            except Exception as err:  # noqa: BLE001
                problems.append(f"worked example raised {err!r}")
            start = time.time()
            reference = e.get("reference") or {}
            for group in ("samples", "edge", "hidden"):
                for case in e["cases"][group]:
                    try:
                        out = plain(fn(**to_numpy(decode(case["input"]))))
                    except Exception as err:  # noqa: BLE001
                        problems.append(f"{case['name']} raised {err!r:.200}")
                        continue
                    ref = reference.get(case["name"])
                    if ref is None:
                        continue
                    if "error" in ref:
                        problems.append(f"{case['name']}: reference error {ref['error'][:200]}")
                        continue
                    for field in e["checkedFields"]:
                        tol = e["tolerance"].get(field, {"rtol": 1e-4, "atol": 1e-5})
                        p = close(out.get(field), decode(ref.get(field)), tol, field)
                        if p:
                            problems.append(f"{case['name']} vs reference: {p[:200]}")
            if time.time() - start > 20:
                problems.append(f"cases took {time.time() - start:.1f}s")
        status = "ok" if not problems else "FAIL"
        print(f"{status:4} {e['slug']}")
        for p in problems:
            print(f"       {p}")
        failures += bool(problems)
    print(f"{len(entries) - failures}/{len(entries)} entries ok")
    sys.exit(1 if failures else 0)


main()
