package dev.krakencodegen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before retrying. Only idempotent endpoints are retried, and only after
 * 429, 503, a connection failure or a connect timeout. Waits grow exponentially from {@link
 * #initialBackoff()} up to {@link #maxBackoff()}, shortened by a random jitter; a {@code
 * Retry-After} header replaces the computed wait, capped at {@link #maxRetryAfter()}.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final double jitter;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.jitter = b.jitter;
  }

  /** 3 attempts, 500 ms initial backoff, 8 s maximum backoff, Retry-After capped at 60 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt: never retry. */
  public static RetryPolicy none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Attempts in total, the first one included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** The fraction (0 to 1) by which a backoff may be randomly shortened. */
  public double jitter() {
    return jitter;
  }

  /**
   * The wait before attempt {@code failedAttempt + 1}, given the random number {@code u} in [0,1).
   */
  Duration backoff(int failedAttempt, double u) {
    long base = initialBackoff.toMillis();
    for (int i = 1; i < failedAttempt && base < maxBackoff.toMillis(); i++) {
      base *= 2;
    }
    base = Math.min(base, maxBackoff.toMillis());
    return Duration.ofMillis(Math.round(base * (1.0 - jitter * u)));
  }

  Duration backoff(int failedAttempt) {
    return backoff(failedAttempt, ThreadLocalRandom.current().nextDouble());
  }

  /** The server-requested wait, capped. */
  Duration capRetryAfter(Duration requested) {
    return requested.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : requested;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", jitter="
        + jitter
        + "]";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private double jitter = 0.5;

    private Builder() {}

    /** Attempts in total, at least 1; default 3. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The first wait; default 500 ms. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /** The longest computed wait; default 8 s. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /** The longest wait a Retry-After header can cause; default 60 s. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** The fraction (0 to 1) by which waits are randomly shortened; default 0.5, 0 for none. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1: " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative()) {
        throw new IllegalArgumentException(what + " must not be negative: " + d);
      }
      return d;
    }
  }
}
