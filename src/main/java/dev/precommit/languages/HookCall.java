package dev.precommit.languages;

import dev.precommit.hook.Hook;
import dev.precommit.process.ProcessRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a language needs to run one hook.
 *
 * @param files file arguments (empty when {@code pass_filenames: false})
 * @param root the repository root, the hook's working directory
 * @param env the complete environment for the hook's processes
 * @param runner starts the hook's processes; shared by a run so an interrupt can stop them all
 * @param threads the most threads the hook's batches may use at once: all the cores, or a share of
 *     them while other hooks run side by side (batches are still cut for {@code jobs}, so the
 *     output does not change)
 */
public record HookCall(
    Hook hook,
    List<String> files,
    Path root,
    Map<String, String> env,
    boolean color,
    ProcessRunner runner,
    int threads) {}
