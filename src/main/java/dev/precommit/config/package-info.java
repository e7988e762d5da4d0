/**
 * Configuration loading. {@link dev.precommit.config.YamlLoader} reads YAML as pre-commit does
 * ({@code yaml.load(text, Loader=yaml.CSafeLoader)}, PyYAML over libyaml 0.2.5, YAML 1.1).
 *
 * <p>Pipeline: {@code SourceText} (strict UTF-8, universal newlines, libyaml's reader check) →
 * snakeyaml-engine's scanner wrapped by {@code LibyamlScanner} (libyaml's stricter or different
 * token rules, {@code TokenBoundaries}/{@code TextPatch} re-parses where the token boundaries
 * differ) → snakeyaml-engine's parser → {@code NodeComposer} (PyYAML's composer and YAML 1.1 {@code
 * ImplicitResolver}) → {@code NodeConstructor} (PyYAML's {@code SafeConstructor}) → {@code
 * ValueLimits}. Errors read as libyaml's ({@code EngineErrors}) or as the Python exception PyYAML
 * lets through (ValueError, KeyError, ...), since pre-commit prints {@code str(e)}.
 *
 * <p>Known differences from PyYAML, all outside anything a pre-commit config plausibly contains:
 *
 * <ul>
 *   <li>Refused on purpose: nesting deeper than 256, values that contain themselves ({@code &a
 *       [*a]}), and alias or merge-key fan-out beyond 5 million values.
 *   <li>U+2028/U+2029 are not line breaks; the escapes {@code \L} and {@code \P} are refused.
 *   <li>In flow context {@code ?} directly followed by a non-blank ({@code [?x]}) is text, not a
 *       key indicator.
 *   <li>A byte-order mark at the start of a line other than the first acts as a space; libyaml also
 *       ends a plain scalar there.
 *   <li>A line starting with {@code ---x} or {@code ...x} cannot continue a top-level plain scalar.
 *   <li>Anchor names with characters libyaml refuses other than a trailing {@code :} fail with
 *       libyaml's message but not always at the same place.
 *   <li>Error messages and positions match libyaml's for the common errors; for some malformed
 *       input another error, or another position, is reported. A control character is reported
 *       before any syntax error, while libyaml, reading 16 KiB at a time, may first report a syntax
 *       error that comes earlier in a larger file.
 *   <li>Python sets print in insertion order, not hash order; two {@code !!float nan} keys are one.
 * </ul>
 */
package dev.precommit.config;
