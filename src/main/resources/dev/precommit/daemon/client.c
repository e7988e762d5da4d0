/*
 * precommit's hook client (docs/performance.md, "Warm JVM"). An installed git hook execs it
 * instead of a JVM; it hands the run to the per-user warm JVM over a Unix-domain socket and
 * relays stdin, stdout, stderr, Ctrl-C and the exit code. When there is no usable daemon it
 * starts one in the background and execs the cold JVM command line instead, so a commit never
 * depends on the daemon. Built by `precommit __train` with the system's C compiler.
 *
 *   client SOCKET-DIR KEY N daemon-argv(N) M cold-argv(M) -- args...
 *
 * The socket is DIR/<hash of KEY and the JVM-wide variables>.sock, where DIR is
 * $XDG_RUNTIME_DIR/precommit when that is set, else SOCKET-DIR, else (a path too long for a
 * socket) /tmp/precommit-<uid>; DIR must be ours and 0700. The daemon gets daemon-argv plus the
 * socket path; the cold run is cold-argv plus args; the daemon runs args.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* Must match dev.precommit.daemon.Daemon.JVM_WIDE_VARIABLES. */
static const char *const JVM_WIDE[] = {"HOME", "XDG_CONFIG_HOME", "GIT_CONFIG_NOSYSTEM",
                                       "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "LANG",
                                       "LC_ALL", "LC_CTYPE", NULL};

static volatile sig_atomic_t signals_seen;

static void on_signal(int sig) {
    (void)sig;
    signals_seen++;
}

static char **cold_argv; /* cold-argv followed by args, NULL-terminated */

static void run_cold(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGPIPE, SIG_DFL);
    execv(cold_argv[0], cold_argv);
    fprintf(stderr, "precommit: cannot run %s: %s\n", cold_argv[0], strerror(errno));
    exit(1);
}

static int write_all(int fd, const void *data, size_t len) {
    const char *p = data;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

static int read_all(int fd, void *data, size_t len) {
    char *p = data;
    while (len > 0) {
        ssize_t n = read(fd, p, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (n == 0) return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* A growable request payload. */
struct buf { char *data; size_t len, cap; };

static void put(struct buf *b, const void *data, size_t len) {
    if (b->len + len > b->cap) {
        b->cap = (b->len + len) * 2 + 256;
        b->data = realloc(b->data, b->cap);
        if (!b->data) run_cold();
    }
    memcpy(b->data + b->len, data, len);
    b->len += len;
}

static void put_u32(struct buf *b, uint32_t v) {
    unsigned char be[4] = {v >> 24, v >> 16, v >> 8, v};
    put(b, be, 4);
}

static void put_str(struct buf *b, const char *s) {
    size_t n = strlen(s);
    put_u32(b, (uint32_t)n);
    put(b, s, n);
}

static int send_frame(int fd, char type, const void *data, uint32_t len) {
    unsigned char header[5] = {type, len >> 24, len >> 16, len >> 8, len};
    if (write_all(fd, header, 5) < 0) return -1;
    return len ? write_all(fd, data, len) : 0;
}

/* FNV-1a 64 over KEY\0, then NAME=VALUE\0 (or NAME\1\0 when unset) of each JVM-wide variable. */
static uint64_t socket_hash(const char *key) {
    uint64_t h = 1469598103934665603ULL;
    for (const unsigned char *c = (const unsigned char *)key; *c; c++) h = (h ^ *c) * 1099511628211ULL;
    h = (h ^ 0) * 1099511628211ULL;
    for (int i = 0; JVM_WIDE[i]; i++) {
        const char *v = getenv(JVM_WIDE[i]);
        const char *parts[3] = {JVM_WIDE[i], v ? "=" : "\1", v ? v : ""};
        for (int p = 0; p < 3; p++)
            for (const unsigned char *c = (const unsigned char *)parts[p]; *c; c++)
                h = (h ^ *c) * 1099511628211ULL;
        h = (h ^ 0) * 1099511628211ULL;
    }
    return h;
}

/* The directory exists (we create it 0700), is ours and nobody else may enter it. */
static int private_dir(const char *dir) {
    struct stat st;
    mkdir(dir, 0700);
    if (lstat(dir, &st) < 0) return 0;
    return S_ISDIR(st.st_mode) && st.st_uid == getuid() && (st.st_mode & 077) == 0;
}

/* Double fork + setsid: the daemon outlives this commit and never gets the terminal's Ctrl-C. */
static void start_daemon(char **daemon_argv, const char *log_path) {
    pid_t pid = fork();
    if (pid != 0) {
        if (pid > 0) waitpid(pid, NULL, 0);
        return;
    }
    setsid();
    if (fork() != 0) _exit(0);
    if (chdir("/") != 0) _exit(127); /* keep no repository busy */
    int null_fd = open("/dev/null", O_RDWR);
    int log_fd = open(log_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(null_fd, 0);
    dup2(null_fd, 1);
    dup2(log_fd >= 0 ? log_fd : null_fd, 2);
    for (int fd = 3; fd < 1024; fd++) close(fd); /* nothing of git's stays open for hours */
    /* git's per-repository variables (GIT_DIR, GIT_INDEX_FILE, ...) must not become the
       daemon's: requests bring their own environment. */
    size_t n = 0;
    for (char **e = environ; *e; e++) n++;
    char **env = calloc(n + 1, sizeof(char *));
    size_t k = 0;
    for (char **e = environ; *e; e++)
        if (strncmp(*e, "GIT_", 4) != 0 || strncmp(*e, "GIT_CONFIG_", 11) == 0) env[k++] = *e;
    execve(daemon_argv[0], daemon_argv, env);
    _exit(127);
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: client SOCKET-DIR KEY N daemon-argv M cold-argv -- args\n");
        return 2;
    }
    const char *dir = argv[1];
    const char *key = argv[2];
    int i = 3;
    int n_daemon = atoi(argv[i++]);
    if (n_daemon < 1 || i + n_daemon >= argc) return 2;
    char **daemon_words = argv + i;
    i += n_daemon;
    int n_cold = atoi(argv[i++]);
    if (n_cold < 1 || i + n_cold >= argc) return 2;
    char **cold_words = argv + i;
    i += n_cold;
    if (strcmp(argv[i], "--") != 0) return 2;
    i++;
    int n_args = argc - i;
    char **args = argv + i;

    cold_argv = calloc((size_t)(n_cold + n_args + 1), sizeof(char *));
    if (!cold_argv) return 1;
    memcpy(cold_argv, cold_words, (size_t)n_cold * sizeof(char *));
    memcpy(cold_argv + n_cold, args, (size_t)n_args * sizeof(char *));

    const char *runtime = getenv("XDG_RUNTIME_DIR");
    char dir_buf[4096];
    if (runtime && runtime[0] == '/') {
        snprintf(dir_buf, sizeof dir_buf, "%s/precommit", runtime);
        dir = dir_buf;
    }
    unsigned long long hash = (unsigned long long)socket_hash(key);
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    int len = snprintf(addr.sun_path, sizeof addr.sun_path, "%s/%016llx.sock", dir, hash);
    if (len < 0 || (size_t)len >= sizeof addr.sun_path) { /* too long for a socket address */
        snprintf(dir_buf, sizeof dir_buf, "/tmp/precommit-%u", (unsigned)getuid());
        dir = dir_buf;
        snprintf(addr.sun_path, sizeof addr.sun_path, "%s/%016llx.sock", dir, hash);
    }
    if (!private_dir(dir)) run_cold();

    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) run_cold();
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
        char log_path[sizeof addr.sun_path + 8];
        snprintf(log_path, sizeof log_path, "%s/%016llx.log", dir, hash);
        char **dargv = calloc((size_t)n_daemon + 2, sizeof(char *));
        if (dargv) {
            memcpy(dargv, daemon_words, (size_t)n_daemon * sizeof(char *));
            dargv[n_daemon] = addr.sun_path;
            start_daemon(dargv, log_path);
        }
        run_cold();
    }

    /* From here Ctrl-C, SIGTERM and SIGHUP become a cancel message; a broken stdout is not fatal. */
    struct sigaction sa = {.sa_handler = on_signal};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    struct buf req = {0};
    uint32_t flags = (isatty(0) ? 1 : 0) | (isatty(1) ? 2 : 0) | (isatty(2) ? 4 : 0);
    put_u32(&req, flags);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) run_cold();
    put_str(&req, cwd);
    put_u32(&req, (uint32_t)n_args);
    for (int a = 0; a < n_args; a++) put_str(&req, args[a]);
    uint32_t n_env = 0;
    for (char **e = environ; *e; e++) n_env++;
    put_u32(&req, n_env);
    for (char **e = environ; *e; e++) put_str(&req, *e);
    if (send_frame(fd, 'R', req.data, (uint32_t)req.len) < 0) run_cold();
    free(req.data);

    /* A terminal on stdin is never read: keystrokes stay with the terminal, as in a cold run. */
    int stdin_open = !isatty(0);
    if (!stdin_open) send_frame(fd, 'E', NULL, 0);

    int accepted = 0;
    int cancels_sent = 0;
    static char payload[1 << 16];
    for (;;) {
        if (signals_seen > cancels_sent) {
            if (cancels_sent == 0 && accepted) {
                send_frame(fd, 'C', NULL, 0);
            } else if (cancels_sent > 0 || !accepted) {
                /* a second Ctrl-C, or one before the run began: stop waiting. The daemon still
                   restores the stash on its own (a lost client counts as a cancel). */
                _exit(130);
            }
            cancels_sent = signals_seen;
        }
        struct pollfd fds[2] = {{.fd = fd, .events = POLLIN}, {.fd = 0, .events = POLLIN}};
        /* stdin is read only once the run is accepted: a refused request runs cold with it whole */
        int forward = stdin_open && accepted;
        int r = poll(fds, forward ? 2 : 1, -1);
        if (r < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (forward && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
            ssize_t n = read(0, payload, sizeof payload);
            if (n > 0) {
                send_frame(fd, 'I', payload, (uint32_t)n);
            } else if (n == 0 || errno != EINTR) {
                send_frame(fd, 'E', NULL, 0);
                stdin_open = 0;
            }
        }
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        unsigned char header[5];
        if (read_all(fd, header, 5) < 0) break;
        uint32_t size = (uint32_t)header[1] << 24 | (uint32_t)header[2] << 16 |
                        (uint32_t)header[3] << 8 | header[4];
        if (size > sizeof payload || read_all(fd, payload, size) < 0) break;
        switch (header[0]) {
        case 'A':
            accepted = 1;
            break;
        case 'S':
            if (!accepted) run_cold(); /* refused: stale jar or JVM, foreign environment */
            break;
        case '1':
            write_all(1, payload, size);
            break;
        case '2':
            write_all(2, payload, size);
            break;
        case 'X':
            if (size == 4) {
                return (int)((uint32_t)(unsigned char)payload[0] << 24 |
                             (uint32_t)(unsigned char)payload[1] << 16 |
                             (uint32_t)(unsigned char)payload[2] << 8 |
                             (unsigned char)payload[3]);
            }
            break;
        default:
            break;
        }
    }
    if (!accepted) run_cold(); /* the daemon went away before it started the run */
    fprintf(stderr, "precommit: lost the connection to the daemon during the run\n");
    return 1;
}
