package dev.adjoint.tests.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs checks on a worker thread so that generated code that never returns is reported as a
 * failure instead of hanging the run; the stuck worker is stopped and replaced.
 */
final class Watchdog implements AutoCloseable {
  private final long millis;
  private ExecutorService worker;
  private volatile Thread thread;

  Watchdog(long millis) {
    this.millis = millis;
    start();
  }

  private void start() {
    worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-check");
      t.setDaemon(true);
      thread = t;
      return t;
    });
  }

  Failure run(Callable<Failure> check) {
    Future<Failure> result = worker.submit(check);
    try {
      return result.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      stopWorker();
      return new Failure("a generated method does not return",
          "no answer within " + millis + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return new Failure("the check itself threw " + cause.getClass().getSimpleName(),
          String.valueOf(cause));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings({"deprecation", "removal"})
  private void stopWorker() {
    Thread stuck = thread;
    worker.shutdownNow();
    stuck.stop(); // the only way to end a loop that never checks for interruption
    start();
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
