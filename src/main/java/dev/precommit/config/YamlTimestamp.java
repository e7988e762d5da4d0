package dev.precommit.config;

/**
 * A YAML timestamp as PyYAML builds it: a Python {@code date} when there is no time part, otherwise
 * a {@code datetime}, naive unless an offset was given. Python accepts offsets up to ±23:59, beyond
 * {@link java.time.ZoneOffset}'s range, so the offset is kept in seconds.
 *
 * @param offsetSeconds the UTC offset, or {@code null} for a naive datetime (and for dates)
 */
public record YamlTimestamp(
    int year,
    int month,
    int day,
    boolean hasTime,
    int hour,
    int minute,
    int second,
    int microsecond,
    Integer offsetSeconds) {

  static YamlTimestamp date(int year, int month, int day) {
    return new YamlTimestamp(year, month, day, false, 0, 0, 0, 0, null);
  }

  /** {@code date} or {@code datetime}, the Python type name. */
  public String pythonTypeName() {
    return hasTime ? "datetime" : "date";
  }

  /**
   * What Python's {@code ==} and {@code hash} compare: aware datetimes by their UTC instant, the
   * rest field by field (a date never equals a datetime, nor a naive datetime an aware one).
   */
  Object equalityKey() {
    if (offsetSeconds == null) {
      return this;
    }
    long epochSeconds =
        java.time.LocalDateTime.of(year, month, day, hour, minute, second)
                .toEpochSecond(java.time.ZoneOffset.UTC)
            - offsetSeconds;
    return new AwareInstant(epochSeconds, microsecond);
  }

  private record AwareInstant(long epochSeconds, int microsecond) {}

  @Override
  public String toString() {
    return PythonRepr.repr(this);
  }
}
