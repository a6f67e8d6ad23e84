"""The judge contract: a function that turns answers into an ``Outcome``, and
the misconceptions it can name.

Every comparator in ``compare`` and ``chart`` returns a ``Judge``; a lesson
that needs its own logic wraps a function with ``Judge(function, {...})`` or
the ``@judge({...})`` decorator. Because the codes travel with the function,
the misconception registry (``catalogue``) is complete by construction: there
is no second list to keep in step.

A judge that reports a code it never declared is a bug in the course, not in
the student's answer. Students never see it fail (the verdict still shows);
in strict mode (CI, the solution notebooks) it raises ``UndeclaredMisconception``
so the omission is caught before anyone grades with it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Mapping

from . import modes
from .outcome import FORM_CODES, Outcome, form_slip


class UndeclaredMisconception(AssertionError):
    """A judge returned a misconception code it does not declare."""


@dataclass(frozen=True)
class Judge:
    """A judging function and the misconceptions (code -> description) it may report."""

    function: Callable[..., Outcome]
    misconceptions: Mapping[str, str] = field(default_factory=dict)
    # Optional: whether any of some plain numbers would pass, without the verdicts (see ``passes_any``). A judge
    # that gives one keeps it exactly equal to judging each number (compare.number's: test_judge_passes.py).
    passes: Callable[[Iterable[float]], bool] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        declared = {code: " ".join(str(text).split()) for code, text in dict(self.misconceptions).items()}
        for code, text in FORM_CODES.items():  # every judge can name a slip in the answer's form
            declared.setdefault(code, text)
        object.__setattr__(self, "misconceptions", declared)

    def __call__(self, *values: Any) -> Outcome:
        from .dict_items import held_item  # a one-element Series inside a dict answer: named by every judge

        held = next((found for value in values if (found := held_item(value)) is not None), None)
        if held is None:
            held = _beyond_float(values)
        outcome = held if held is not None else self.function(*values)
        if isinstance(outcome, Outcome) and (slip := form_slip(values, outcome)) is not None:
            outcome = replace(outcome, misconception=slip)
        code = getattr(outcome, "misconception", None)
        if code is not None and code not in self.misconceptions and modes.strict_mode():
            raise UndeclaredMisconception(f"the judge reported {code!r} but declares only "
                                          f"{sorted(self.misconceptions)}")
        return outcome

    def passes_any(self, numbers: Iterable[float]) -> bool:
        """Whether any of ``numbers`` (finite plain numbers) is judged right: ``any(self(n).passed ...)``, asked of
        the judge's own ``passes`` where it has one, which skips naming the mistake in each wrong number (what
        day_counts asks about dozens of numbers of days near an answer read in weeks or months)."""
        if self.passes is not None:
            return self.passes(numbers)
        return any(self(n).passed for n in numbers)

    def undeclared(self, outcome: Outcome) -> str | None:
        """The outcome's code if this judge does not declare it (for tests)."""
        code = outcome.misconception
        return code if code is not None and code not in self.misconceptions else None


def _beyond_float(values) -> Outcome | None:
    """A whole number too large for a float (10**400): every judge's arithmetic would overflow on it, so it is
    answered here, once, with a sentence instead of 'could not judge'."""
    from .outcome import wrong_type

    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 1e300:  # numpy ints are bounded
            return wrong_type(f"You gave a whole number with {len(str(abs(int(value))))} digits, larger than any "
                              "figure in the course. Check the calculation that made it.")
    return None


def judge(misconceptions: Mapping[str, str] | None = None) -> Callable[[Callable[..., Outcome]], Judge]:
    """Decorator: ``@judge({"code": "what it shows"})`` over a lesson's own judging function."""

    def wrap(function: Callable[..., Outcome]) -> Judge:
        return Judge(function, dict(misconceptions or {}))

    return wrap


def as_judge(candidate) -> Judge:
    """A ``Judge`` as is; any other callable wrapped with the codes it carries (the older form)."""
    if isinstance(candidate, Judge):
        return candidate
    if not callable(candidate):
        raise TypeError(f"a question's judge must be callable, not {type(candidate).__name__}")
    return Judge(candidate, dict(getattr(candidate, "misconceptions", {}) or {}))
