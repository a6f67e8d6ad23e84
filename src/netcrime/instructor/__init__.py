"""Instructor-only material: loaded only by the grader's own process, never in a student build.

Held-out cases and hidden probe inputs live here (``lesson03_held_out``).
``python -m netcrime student-build`` leaves this whole folder out, so a
sandboxed notebook cannot import it and a student installing the student build
never receives it.
"""
