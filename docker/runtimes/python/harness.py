"""Judge harness for Python submissions; runs inside the sandbox container as its main process.

Protocol (JSON lines; the runner in apps/judge/src/sandbox writes stdin and reads stdout):

  stdin, line 1   header  {"source": "...", "entry": "scaled_dot_product", "mode": "function",
                           "timeMsPerTest": 2000, "wallFactor": 3, "floatDtype": "float64"}
                  training mode names its two functions instead of "entry":
                          {"mode": "training", "train": "train", "predict": "predict", ...}
  stdin, then     one case per line  {"name": "t1", "input": {...}, "timeMs": 5000?}
                  in training mode each case says which function it calls:
                          {"name": "fit", "call": "train", "input": {"X": [[...]], "y": [...]}}
                          {"name": "heldout", "call": "predict", "input": {"X": [[...]]}}
                  then end of input, or the line {"end": true}
  stdout          first {"ready": true}, once the harness (and any preload) waits for the header;
                  then {"compileError": {"type": "COMPILE_ERROR"|"LOAD_ERROR"|"ENTRY_NOT_FOUND",
                                    "message": "...", "line": 3, "column": 7}}   (then exit)
                  or one line per case:
                          {"name": "t1", "ok": true, "value": {...}, "timeMs": 1.2}
                          {"name": "t1", "ok": false, "error": {"type": "RUNTIME_ERROR"|
                           "TIME_LIMIT_EXCEEDED"|"MEMORY_LIMIT_EXCEEDED", "message": "..."}, "timeMs": 3.4}
                  and last {"summary": {"maxRssBytes": n, "phases": {"loadMs": ..., "decodeMs": ...,
                           "callMs": ..., "encodeMs": ..., "totalMs": ...}}}  (where the run's time went;
                           totalMs: from the header read to the summary)

Function mode calls entry(**input) with every numeric (nested) list as a numpy.ndarray, or, when
the header lists "arrays" (company questions type each parameter), only those parameters' values
as ndarrays and every other value as plain JSON (lists stay lists, dicts stay dicts). Training
mode calls train(X, y, **extras) -> model (extras: a task's further inputs, e.g. teacher_logits;
the result line's value is {"parameterCount": n or null}) and predict(model, X). Return values
(dicts, lists, numpy arrays, torch tensors, numpy/python scalars) become JSON; NaN and +-Infinity
become the strings "NaN", "Infinity", "-Infinity" (in inputs such strings become floats).

The candidate's prints go to stderr: fd 1 is pointed at stderr before the candidate is loaded,
and results are written to a duplicate of the original stdout. Each case is limited in CPU time
(ITIMER_PROF) and in wall time (ITIMER_REAL, timeMs * wallFactor, for sleeps and blocking calls);
RLIMIT_CPU is a backstop for long C calls that never return to the interpreter (the kernel then
kills the process and the runner reports the case as a time-limit error). The runner's own
wall-clock kill and the container's limits stay the real boundary: this process shares its
memory with the candidate, so nothing here is trusted for security.
"""

import importlib
import json
import math
import os
import resource
import signal
import sys
import time
import traceback
import types

WORK_DIR = os.getcwd()
SOURCE_FILE = os.path.join(WORK_DIR, "solution.py")


class TimeLimitExceeded(BaseException):
    """Raised by the timer signals; a BaseException so `except Exception` in candidate code misses it."""


def _on_timer(_signum, _frame):
    raise TimeLimitExceeded()


# --- JSON <-> Python values -------------------------------------------------------------------

NON_FINITE_IN = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}


def _decode_non_finite(value):
    if isinstance(value, str) and value in NON_FINITE_IN:
        return NON_FINITE_IN[value]
    if isinstance(value, list):
        return [_decode_non_finite(v) for v in value]
    if isinstance(value, dict):
        return {k: _decode_non_finite(v) for k, v in value.items()}
    return value


def _numeric_array(value, np, float_dtype):
    """A rectangular list of numbers as an ndarray, or None. numpy does the walking (fast for
    training sets of millions of numbers); strings are retried once as "NaN"/"Infinity"."""
    try:
        array = np.array(value)
    except ValueError:  # ragged
        return None
    if array.dtype.kind == "U":
        try:
            array = np.array(_decode_non_finite(value))
        except ValueError:
            return None
    if array.dtype.kind in ("i", "u", "b"):
        return array
    if array.dtype.kind == "f":
        return array.astype(float_dtype, copy=False)
    return None


def to_python_input(value, np, float_dtype):
    """Numeric nested lists -> numpy arrays (ints stay integer); dicts and other lists recursively."""
    if isinstance(value, list) and np is not None:
        array = _numeric_array(value, np, float_dtype)
        if array is not None:
            return array
    if isinstance(value, list):
        return [to_python_input(v, np, float_dtype) for v in value]
    if isinstance(value, dict):
        return {k: to_python_input(v, np, float_dtype) for k, v in value.items()}
    return _decode_non_finite(value)


def _json_float(x):
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def to_json_value(value, depth=0):
    """Candidate output -> JSON-ready value. Raises TypeError for anything that is not data."""
    if depth > 64:
        raise TypeError("return value is nested too deeply")
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return _json_float(value)
    if isinstance(value, dict):
        return {str(k): to_json_value(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json_value(v, depth + 1) for v in value]
    module = type(value).__module__ or ""
    if module.startswith("torch") and hasattr(value, "detach"):
        return to_json_value(value.detach().cpu().numpy(), depth + 1)
    if module.startswith("numpy"):
        np = sys.modules.get("numpy")
        # Fast path: an array of integers, booleans or finite floats is JSON as it stands (walking
        # every element in Python cost ~50 ms per submission of the attention question).
        if np is not None and isinstance(value, np.ndarray) and (value.dtype.kind in "biu" or (value.dtype.kind == "f" and np.isfinite(value).all())):
            return value.tolist()
        if hasattr(value, "tolist"):  # other arrays (NaN, objects) and numpy scalars
            return to_json_value(value.tolist(), depth + 1)
    raise TypeError("cannot turn a value of type %s.%s into JSON" % (module, type(value).__name__))


# --- output -------------------------------------------------------------------------------------


class Output:
    """Writes protocol lines to the original stdout, which the candidate no longer owns."""

    def __init__(self):
        sys.stdout.flush()
        self._fd = os.dup(1)
        os.dup2(2, 1)  # anything the candidate writes to fd 1 lands on stderr
        sys.stdout = sys.stderr

    def write(self, obj):
        data = (json.dumps(obj, allow_nan=False, separators=(",", ":")) + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]


# --- loading the candidate's file ---------------------------------------------------------------


def compile_error(out, error_type, message, line=None, column=None):
    error = {"type": error_type, "message": message}
    if line is not None:
        error["line"] = line
    if column is not None:
        error["column"] = column
    out.write({"compileError": error})


def load_candidate(out, source):
    """Compiles and runs the candidate's file as a module; returns it, or None after reporting."""
    with open(SOURCE_FILE, "w", encoding="utf-8") as f:
        f.write(source)
    try:
        code = compile(source, SOURCE_FILE, "exec")
    except SyntaxError as e:  # IndentationError and TabError are SyntaxErrors too
        text = (e.text or "").rstrip("\n")
        message = "%s: %s (line %s, column %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
        if text:
            message += "\n    " + text + "\n    " + " " * max((e.offset or 1) - 1, 0) + "^"
        compile_error(out, "COMPILE_ERROR", message, e.lineno, e.offset)
        return None
    except (ValueError, MemoryError, RecursionError) as e:  # e.g. NUL bytes, absurd nesting
        compile_error(out, "COMPILE_ERROR", "%s: %s" % (type(e).__name__, e))
        return None
    module = types.ModuleType("solution")
    module.__file__ = SOURCE_FILE
    sys.modules["solution"] = module
    try:
        exec(code, module.__dict__)
    except TimeLimitExceeded:
        compile_error(out, "LOAD_ERROR", "loading the file took longer than the time limit")
        return None
    except BaseException as e:  # SystemExit included: the file must define functions, not exit
        compile_error(out, "LOAD_ERROR", format_exception(e))
        return None
    return module


def format_exception(e):
    """The exception with the candidate's frames only (the harness's own frames are noise)."""
    frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == SOURCE_FILE]
    lines = ["%s: %s" % (type(e).__name__, e)]
    for f in frames[-5:]:
        lines.append('  File "solution.py", line %d, in %s' % (f.lineno, f.name))
        if f.line:
            lines.append("    " + f.line)
    return "\n".join(lines)[:4000]


# --- running one case ---------------------------------------------------------------------------


def arm_limits(time_ms, wall_factor):
    seconds = max(time_ms, 1) / 1000.0
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.setitimer(signal.ITIMER_REAL, seconds * wall_factor)
    # Backstop: the kernel kills us (SIGXCPU) if a C call never returns to the interpreter.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    soft = int(math.ceil(used + seconds * 2 + 1))
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, resource.RLIM_INFINITY))
    except (ValueError, OSError):
        pass


def disarm_limits():
    signal.setitimer(signal.ITIMER_PROF, 0)
    signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    except (ValueError, OSError):
        pass


def kill_strays():
    """Kills every other process in the sandbox (kill(-1) spares only us and PID 1, the init):
    whatever a case started in the background — a fork bomb included — must not eat the CPU of
    the next case or of this harness."""
    # Only inside a sandbox: not root, and started directly by the container's init. Run by hand
    # on a host, kill(-1) would hit every process of the user (all processes, as root).
    if os.getuid() == 0 or os.getppid() != 1:
        return
    # Repeated until nothing is left: a process killed in the middle of fork() can still leave a
    # new child behind. Our own dead children are reaped here (the init reaps the others), and
    # kill(-1) answers ESRCH once no other process exists.
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        try:
            os.kill(-1, signal.SIGKILL)
        except OSError:  # ESRCH: nothing left
            return
        try:
            while os.waitpid(-1, os.WNOHANG)[0] != 0:
                pass
        except ChildProcessError:
            pass
        time.sleep(0.002)


def run_case(call, time_ms, wall_factor):
    """Runs call() under the limits; returns (ok, value_or_error, elapsed_ms)."""
    started = time.perf_counter()
    try:
        arm_limits(time_ms, wall_factor)
        try:
            value = call()
        finally:
            disarm_limits()
        elapsed = (time.perf_counter() - started) * 1000.0
        return True, value, elapsed
    except TimeLimitExceeded:
        elapsed = (time.perf_counter() - started) * 1000.0
        return False, {"type": "TIME_LIMIT_EXCEEDED", "message": "time limit of %d ms exceeded" % time_ms}, elapsed
    except MemoryError:
        elapsed = (time.perf_counter() - started) * 1000.0
        return False, {"type": "MEMORY_LIMIT_EXCEEDED", "message": "MemoryError: out of memory"}, elapsed
    except BaseException as e:  # SystemExit and KeyboardInterrupt count as the candidate's errors
        elapsed = (time.perf_counter() - started) * 1000.0
        return False, {"type": "RUNTIME_ERROR", "message": format_exception(e)}, elapsed


def count_parameters(model, _depth=0, _seen=None):
    """Trainable parameters of what train() returned, for tasks with a parameter budget: torch
    modules (parameters with requires_grad), numpy arrays, and containers, objects or closures
    holding them. None when nothing countable is found."""
    seen = set() if _seen is None else _seen
    if model is None or _depth > 6 or id(model) in seen or len(seen) > 100000:
        return None
    seen.add(id(model))
    torch = sys.modules.get("torch")
    if torch is not None:
        if isinstance(model, torch.nn.Module):
            return int(sum(p.numel() for p in model.parameters() if p.requires_grad))
        if isinstance(model, torch.Tensor):
            return int(model.numel())
    np = sys.modules.get("numpy")
    if np is not None and isinstance(model, np.ndarray):
        return int(model.size) if model.dtype.kind in "fciub" else None
    if isinstance(model, (str, bytes, int, float, bool)):
        return None
    if isinstance(model, dict):
        parts = list(model.values())
    elif isinstance(model, (list, tuple, set)):
        parts = list(model)
    elif callable(model) and getattr(model, "__closure__", None):
        parts = [cell.cell_contents for cell in model.__closure__ if _cell_filled(cell)]
    elif hasattr(model, "__dict__"):
        parts = list(vars(model).values())
    else:
        return None
    counts = [count_parameters(p, _depth + 1, seen) for p in parts]
    counts = [c for c in counts if c is not None]
    return sum(counts) if counts else None


def _safe_count(model):
    try:
        return count_parameters(model)
    except Exception:  # a model object that breaks when looked at is simply not counted
        return None


def _cell_filled(cell):
    try:
        cell.cell_contents
        return True
    except ValueError:
        return False


def case_result(name, ok, value, elapsed):
    result = {"name": name, "ok": ok, "timeMs": round(elapsed, 3)}
    if ok:
        try:
            result["value"] = to_json_value(value)
        except (TypeError, RecursionError, ValueError) as e:
            result["ok"] = False
            result["error"] = {"type": "RUNTIME_ERROR", "message": "invalid return value: %s" % e}
    else:
        result["error"] = value
    return result


def main():
    out = Output()
    signal.signal(signal.SIGPROF, _on_timer)
    signal.signal(signal.SIGALRM, _on_timer)

    # numpy is imported before the header arrives (a warm container has it ready): inputs become
    # ndarrays anyway. torch costs about 2 s to import, so only the containers the judge keeps
    # for PyTorch answers import it here (MLJUDGE_PRELOAD=torch, set by the runner from its own
    # table, never from a submission); elsewhere the candidate's file imports it when it asks.
    try:
        import numpy as np
    except ImportError:
        np = None
    for preload in filter(None, os.environ.get("MLJUDGE_PRELOAD", "").split(",")):
        try:
            importlib.import_module(preload)
        except Exception:  # the candidate's own import then reports what is wrong
            pass
    # Ready for the header: the runner hands a warm container out only after this line, so a
    # submission never waits for this process's imports (torch's included).
    out.write({"ready": True})

    header_line = sys.stdin.readline()
    if not header_line:
        return
    header = json.loads(header_line)
    mode = header.get("mode", "function")
    time_ms = int(header.get("timeMsPerTest", 2000))
    wall_factor = float(header.get("wallFactor", 3))
    source = header.get("source", "")
    float_dtype = header.get("floatDtype", "float64")
    # None: every numeric list becomes an ndarray (bank questions); a list: only these parameters.
    arrays = header.get("arrays")

    # Where the run's time goes, for the judge's benchmark (the candidate can forge these, as any
    # line: they are figures, never part of a verdict).
    phases = {"loadMs": 0.0, "decodeMs": 0.0, "callMs": 0.0, "encodeMs": 0.0, "totalMs": 0.0}
    load_started = time.perf_counter()
    arm_limits(int(header.get("timeMsLoad", max(time_ms, 10000))), wall_factor)
    try:
        module = load_candidate(out, source)
    finally:
        disarm_limits()
    phases["loadMs"] = (time.perf_counter() - load_started) * 1000.0
    if module is None:
        return

    names = [header["train"], header["predict"]] if mode == "training" else [header["entry"]]
    for name in names:
        if not callable(getattr(module, name, None)):
            out.write({"compileError": {"type": "ENTRY_NOT_FOUND", "message": "the file defines no function named %s" % name}})
            return
    entry = getattr(module, names[0])

    model = None
    trained = False
    for line in sys.stdin:
        if not line.strip():
            continue
        decode_started = time.perf_counter()
        case = json.loads(line)
        line = None  # the raw JSON may be large (training data): let it go
        if case.get("end"):
            break
        name = case.get("name")
        limit = int(case.get("timeMs", time_ms))
        call_kind = case.get("call", "train" if mode == "training" and "y" in case.get("input", {}) else "predict")
        raw = case.get("input", {})
        if arrays is None or not isinstance(raw, dict):
            args = to_python_input(raw, np, float_dtype)
        else:
            args = {k: (to_python_input(v, np, float_dtype) if k in arrays else v) for k, v in raw.items()}
        raw = None
        case = None
        phases["decodeMs"] += (time.perf_counter() - decode_started) * 1000.0
        if not isinstance(args, dict):
            ok, value, elapsed = False, {"type": "RUNTIME_ERROR", "message": "case input is not an object"}, 0.0
        elif mode != "training":
            ok, value, elapsed = run_case(lambda: entry(**args), limit, wall_factor)
        elif call_kind == "train":
            # train(X, y, **extras): a task's extra inputs (e.g. teacher_logits) by keyword.
            extras = {k: v for k, v in args.items() if k not in ("X", "y")}
            ok, value, elapsed = run_case(lambda: getattr(module, names[0])(args["X"], args["y"], **extras), limit, wall_factor)
            extras = None
            if ok:
                model, trained = value, True
                value = {"parameterCount": _safe_count(model)}
        elif not trained:
            ok, value, elapsed = False, {"type": "RUNTIME_ERROR", "message": "predict called before a successful train"}, 0.0
        else:
            ok, value, elapsed = run_case(lambda: getattr(module, names[1])(model, args["X"]), limit, wall_factor)
        args = None
        kill_strays()
        phases["callMs"] += elapsed
        encode_started = time.perf_counter()
        out.write(case_result(name, ok, value, elapsed))
        phases["encodeMs"] += (time.perf_counter() - encode_started) * 1000.0

    phases["totalMs"] = (time.perf_counter() - load_started) * 1000.0
    rss_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    summary = {"maxRssBytes": rss_kb * 1024, "phases": {k: round(v, 3) for k, v in phases.items()}}
    out.write({"summary": summary})


if __name__ == "__main__":
    main()
