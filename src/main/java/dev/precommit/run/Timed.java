package dev.precommit.run;

import dev.precommit.languages.HookOutcome;

/** A hook's outcome and how long it ran (for {@code - duration:}). */
record Timed(HookOutcome outcome, double seconds) {}
