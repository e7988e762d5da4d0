package dev.precommit.languages;

/** A hook's exit code and its stdout and stderr merged, as raw bytes. */
public record HookOutcome(int exitCode, byte[] output) {}
