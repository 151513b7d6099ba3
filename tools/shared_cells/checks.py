# Checking helpers for the check cells: they turn crashes into messages you
# can act on. (Every exercise notebook repeats this cell, so that each runs
# on its own.)
import copy, sys, warnings
import numpy as np

# Advice for typical exceptions and numpy warnings, found by a phrase in
# the message.
HINTS = {
    "ambiguous": "`if`, `max` and `min` do not work entry by entry on "
                 "arrays; use numpy's elementwise functions.",
    "does not support item assignment": "your function must also accept a "
                                        "plain float, not only an array.",
    "matmul": "the shapes in a matrix product do not fit: print them and "
              "check which side each operand goes on.",
    "broadcast": "two arrays have shapes that do not fit together: print "
                 "their shapes.",
    "Cannot cast": "an integer array cannot hold these results: make a "
                   "float copy, or write `x = x - ...`.",
    "unsized object": "the input may be a 0-d array (a single number): "
                      "use np.shape(...) instead of len(...).",
    "with a sequence": "one entry of an array cannot hold a whole array: "
                       "check the shape you allocated.",
    "has no len()": "make_vjp(f)(x) returns the pair (vjp, value), in "
                    "that order.",
    "invalid value": "a NaN appeared, e.g. from inf - inf, 0 / 0, or a "
                     "row in which every entry is masked.",
    "is not callable": "autograd's jacobian and grad take the function "
                       "itself, e.g. jacobian(f)(u), not f(u).",
    "0-dimensional array given": "jacobian(f) is a function: call it at "
                                 "the point, jacobian(f)(u).",
}
WARNING_HINT = ("some intermediate value is too large or undefined for "
                "these inputs.")
SILENCERS = {"errstate": np, "seterr": np,
             "filterwarnings": warnings, "simplefilter": warnings}

def hint_for(message: str, default: str) -> str:
    return next((h for phrase, h in HINTS.items() if phrase in message),
                default)

def describe(value) -> str:
    """A short description of an argument: arrays by shape, functions by
    name, the rest by value."""
    if isinstance(value, np.ndarray):
        return f"array of shape {value.shape}"
    if callable(value):
        return getattr(value, "__name__", "a function")
    return repr(value)

def show(value) -> str:
    """Numbers with 10 significant digits, so that tiny values and
    differences stay visible."""
    return np.array2string(np.asarray(value, dtype=float),
                           formatter={"float_kind": lambda v: f"{v:.10g}"})

def own_code(function):
    """The code object that runs only when `function` itself runs
    (autograd's wrappers looked through)."""
    for cell in getattr(function, "__closure__", None) or ():
        inner = cell.cell_contents
        if (getattr(inner, "__name__", None) == function.__name__
                and hasattr(inner, "__code__")):
            return own_code(inner)
    return function.__code__

def run_watched(function, args):
    """function(*args), and the set of code objects it ran; calls that
    switch warnings off fail."""
    ran, silenced = set(), []
    def spy(name, original):
        def wrapper(*a, **k):
            # Only calls from notebook code count, not numpy's own.
            if sys._getframe(1).f_globals.get("__name__") == "__main__":
                silenced.append(name)
            return original(*a, **k)
        return wrapper
    def profile(frame, event, arg):
        if event == "call":
            ran.add(frame.f_code)
    originals = {name: getattr(module, name)
                 for name, module in SILENCERS.items()}
    previous = sys.getprofile()
    try:
        for name, module in SILENCERS.items():
            setattr(module, name, spy(name, originals[name]))
        sys.setprofile(profile)
        result = function(*args)
    finally:
        sys.setprofile(previous)
        for name, module in SILENCERS.items():
            setattr(module, name, originals[name])
    if silenced:
        raise AssertionError(
            f"{function.__name__} calls {silenced[0]}: silencing numpy's "
            "warnings hides the problem. Hint: rewrite the formula so "
            "that nothing overflows.")
    return result, ran

def call(function, *args, must_use=(), must_not_use=(), rule: str = ""):
    """Call your function; report 'not implemented', exceptions, numpy
    warnings and changed arguments.

    must_use / must_not_use: functions that your function must (or must
    not) run, under any name."""
    name = getattr(function, "__name__", "your function")
    arguments = ", ".join(describe(a) for a in args)
    originals = copy.deepcopy(args)
    settings = np.geterr()
    try:
        with warnings.catch_warnings():
            # overflow, invalid value, division by zero, ...
            warnings.simplefilter("error", RuntimeWarning)
            result, ran = run_watched(function, args)
    except NotImplementedError:
        raise AssertionError(
            f"{name} is not implemented yet: replace the `raise "
            "NotImplementedError` line with your code, run that cell, "
            "then run this check again.") from None
    except AssertionError:
        raise
    except RuntimeWarning as warning:
        hint = hint_for(str(warning), WARNING_HINT)
        raise AssertionError(f"{name}({arguments}) made numpy warn: "
                             f"{warning}. Hint: {hint}") from None
    except Exception as error:
        hint = hint_for(str(error), "print the shapes and types of the "
                                    "values inside your function.")
        raise AssertionError(
            f"{name}({arguments}) raised {type(error).__name__}: "
            f"{error}. Hint: {hint}") from None
    if np.geterr() != settings:
        np.seterr(**settings)
        raise AssertionError(
            f"{name} changed numpy's error settings: avoid the problem "
            "instead of hiding numpy's warnings.")
    for position, (before, after) in enumerate(zip(originals, args), 1):
        if (isinstance(before, np.ndarray)
                and not np.array_equal(before, after, equal_nan=True)):
            raise AssertionError(
                f"{name} changed its argument number {position} "
                f"({describe(before)}) in place. Hint: compute a new "
                "array instead of overwriting the input.")
    for helper in must_not_use:
        assert own_code(helper) not in ran, (
            f"{name} uses {helper.__name__}, which this exercise rules "
            f"out. {rule}")
    for helper in must_use:
        assert own_code(helper) in ran, (
            f"{name} does not use {helper.__name__}. {rule}")
    return result

def expect_float(result, what: str, hint: str = "") -> float:
    """One rule for 'returns a number': a real scalar (float, int, numpy
    scalar or 0-d array)."""
    try:      # np.ndim fails on ragged nestings such as (y, (h1, h2))
        ok = (np.ndim(result) == 0 and np.isrealobj(result)
              and not isinstance(result, (bool, np.bool_)))
        value = float(result) if ok else None
    except (TypeError, ValueError):
        value = None
    assert value is not None, (
        f"{what} should return one real number, got "
        f"{type(result).__name__} {result!r}. {hint}".rstrip())
    return value

def expect_shape(result, shape, what: str, hint: str = "") -> None:
    try:
        actual = f"shape {np.shape(result)}"
    except ValueError:     # e.g. a tuple of arrays of different shapes
        actual = f"a {type(result).__name__} of {len(result)} items"
    assert actual == f"shape {shape}", (
        f"{what}: expected shape {shape}, got {actual}. {hint}".rstrip())

def expect_close(result, expected, what: str, hint: str = "",
                 atol: float = 1e-12) -> None:
    """Compare values (after checking the shape) with a relative
    tolerance of 1e-7."""
    expected = np.asarray(expected, dtype=float)
    expect_shape(result, expected.shape, what, hint)
    assert not np.iscomplexobj(result), (
        f"{what}: the result is complex, expected real numbers. Hint: "
        "use a routine for real (e.g. symmetric) input, or take .real.")
    result = np.asarray(result, dtype=float)
    if not np.allclose(result, expected, rtol=1e-7, atol=atol):
        gap = np.abs(result - expected)
        where = ""
        if gap.ndim:
            index = np.unravel_index(np.argmax(gap), gap.shape)
            where = f" at index {tuple(int(i) for i in index)}"
        raise AssertionError(
            f"{what}: expected {show(expected)}, got {show(result)} "
            f"(largest difference {gap.max():.2e}{where}). "
            f"{hint}".rstrip())

def expect_pair(result, what: str, hint: str):
    """Check that a function returned two things, and return them."""
    assert isinstance(result, (tuple, list)) and len(result) == 2, (
        f"{what} should return a pair: {hint}")
    return result
