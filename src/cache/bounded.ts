/**
 * Resolves to the operation's value, or to `fallback` if it fails or takes longer than `ms`.
 * A cache is an optimisation: it may never fail a reply or hold one up.
 */
export async function bounded<T>(
  operation: () => Promise<T>,
  ms: number,
  fallback: T,
  onFailure?: (error: unknown) => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      onFailure?.(new Error(`cache operation timed out after ${ms} ms`));
      resolve(fallback);
    }, ms);
    timer.unref();
  });
  const attempt = (async () => {
    try {
      return await operation();
    } catch (error) {
      onFailure?.(error);
      return fallback;
    }
  })();
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
