package dev.precommit.catalog;

import dev.precommit.errors.FatalError;
import dev.precommit.hook.Hook;
import dev.precommit.languages.HookCall;
import dev.precommit.languages.HookOutcome;
import dev.precommit.languages.Language;
import dev.precommit.process.PythonRandom;
import dev.precommit.process.Shlex;
import dev.precommit.process.ShlexException;
import dev.precommit.process.Xargs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;

/**
 * {@code language: builtin}: the hook's entry names a console script of the catalog, which runs
 * in-process. Files are shuffled and split into the batches pre-commit would give the original (so
 * per-batch footers and output order match), and the batches run on a thread pool.
 */
public final class BuiltinLanguage implements Language {
  public static final String NAME = "builtin";

  private final SharedReads reads;

  public BuiltinLanguage() {
    this(SharedReads.NONE);
  }

  /** Reading files through {@code reads}, shared with the hooks that run at the same time. */
  public BuiltinLanguage(SharedReads reads) {
    this.reads = reads;
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * True when the hook's program is a checker that never writes a file, whatever its arguments;
   * fixers (and unknown entries) are false.
   */
  public static boolean neverWrites(Hook hook) {
    try {
      List<String> entry = Shlex.split(hook.entry());
      return !entry.isEmpty() && Catalog.neverWrites(entry.get(0));
    } catch (ShlexException e) {
      return false;
    }
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    call.runner().checkNotCancelled();
    Hook hook = call.hook();
    List<String> entry;
    try {
      entry = Shlex.split(hook.entry());
    } catch (ShlexException e) {
      throw new FatalError("hook `" + hook.id() + "` has an invalid entry: " + e.getMessage());
    }
    BuiltinHook program = entry.isEmpty() ? null : Catalog.program(entry.get(0));
    if (program == null) {
      throw new FatalError(
          "hook `" + hook.id() + "`: `" + hook.entry() + "` is not a built-in hook program");
    }
    List<String> cmd = new ArrayList<>(entry);
    cmd.addAll(hook.args());
    List<String> files =
        hook.requireSerial() ? call.files() : PythonRandom.shuffledWithFixedSeed(call.files());
    int jobs = Xargs.jobs(hook.requireSerial(), call.env());
    List<List<String>> batches =
        Xargs.partition(cmd, files, jobs, Xargs.maxCommandLength(call.env()));
    Set<String> changed = ConcurrentHashMap.newKeySet();
    List<Batch> results = new ArrayList<>();
    int threads = Math.min(Math.min(jobs, batches.size()), call.threads());
    if (batches.size() > 1 && ForkJoinTask.inForkJoinPool()) {
      // side by side with other hooks: the batches join their shared pool, which keeps the
      // threads within the cores and lets an idle one take a batch of a longer hook
      List<ForkJoinTask<Batch>> tasks = new ArrayList<>();
      for (List<String> batch : batches) {
        tasks.add(ForkJoinTask.adapt(() -> runBatch(program, batch, call, changed)));
      }
      for (ForkJoinTask<Batch> task : ForkJoinTask.invokeAll(tasks)) {
        results.add(task.join());
      }
    } else if (threads <= 1) {
      for (List<String> batch : batches) {
        results.add(runBatch(program, batch, call, changed));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Batch>> futures = new ArrayList<>();
        for (List<String> batch : batches) {
          futures.add(pool.submit(() -> runBatch(program, batch, call, changed)));
        }
        for (Future<Batch> f : futures) {
          results.add(f.get());
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
    int code = 0;
    for (Batch b : results) {
      output.writeBytes(b.output());
      if (Math.abs(b.exitCode()) > Math.abs(code)) {
        code = b.exitCode();
      }
    }
    return new HookOutcome(code, output.toByteArray(), changed.isEmpty());
  }

  private record Batch(int exitCode, byte[] output) {}

  /** One run of a program as pre-commit would start it: for tests and tools. */
  record Invocation(int exitCode, byte[] output, Set<String> changed) {}

  /**
   * Runs {@code entry} (a manifest entry: console script plus fixed arguments) with {@code args} in
   * {@code cwd}, as one batch.
   */
  static Invocation invoke(
      String entry, List<String> args, java.nio.file.Path cwd, java.util.Map<String, String> env)
      throws ShlexException {
    List<String> argv = new ArrayList<>(Shlex.split(entry));
    BuiltinHook program = Catalog.program(argv.get(0));
    argv.addAll(args);
    Set<String> changed = ConcurrentHashMap.newKeySet();
    HookContext context = new HookContext(cwd, env, changed);
    int code = runBatch(program, argv, context);
    return new Invocation(code, context.output(), changed);
  }

  /** One invocation of the program: argv[0] is the console script, as in a real process. */
  private Batch runBatch(
      BuiltinHook program, List<String> argv, HookCall call, Set<String> changed) {
    HookContext context = new HookContext(call.root(), call.env(), changed, reads);
    int code = runBatch(program, argv, context);
    return new Batch(code, context.output());
  }

  private static int runBatch(BuiltinHook program, List<String> argv, HookContext context) {
    int code;
    try {
      ArgParser.Parsed args = program.parse(argv.subList(1, argv.size()));
      code = program.run(args, context);
    } catch (ArgParser.Exit e) {
      byte[] text = e.text().getBytes(StandardCharsets.UTF_8);
      if (e.code() == 0) {
        context.write(text); // help goes to stdout
      } else {
        context.writeError(text);
      }
      code = e.code();
    } catch (HookCrash e) {
      code = traceback(context, argv.get(0), e.lastTracebackLine());
    } catch (NoSuchFileException e) {
      code =
          traceback(
              context,
              argv.get(0),
              "FileNotFoundError: [Errno 2] No such file or directory: "
                  + dev.precommit.process.PythonRepr.string(
                      context.cwd().relativize(java.nio.file.Path.of(e.getFile())).toString()));
    } catch (IOException | UncheckedIOException e) {
      code = traceback(context, argv.get(0), "OSError: " + e.getMessage());
    } catch (RuntimeException e) {
      code = traceback(context, argv.get(0), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return code;
  }

  private static int traceback(HookContext context, String prog, String last) {
    context.printError("Traceback (most recent call last):");
    context.printError("  (built-in hook " + prog + ", run in-process)");
    context.printError(last);
    return 1;
  }
}
