"""The checking engine: questions, comparators and verdicts.

Students import a lesson's questions (``from netcrime.checks.lesson01 import
q1, q2``) and call ``q1.check()``, ``q1.hint()``, ``q1.solution()``.
"""
from .outcome import Outcome
from .question import Question

__all__ = ["Outcome", "Question"]
