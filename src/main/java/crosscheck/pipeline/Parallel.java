package crosscheck.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Applies a function to each item on a few threads, results in item order whatever the count. */
final class Parallel {
  private Parallel() {}

  /**
   * @param what names the work in the message of a failure ("claim extraction")
   * @throws IllegalStateException when the function fails on an item (its exception is the cause)
   */
  static <T, R> List<R> map(List<T> items, int threads, String what, Function<T, R> function) {
    if (threads <= 1 || items.size() < 2) {
      return items.stream().map(function).toList();
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()))) {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> function.apply(item)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
    }
  }
}
