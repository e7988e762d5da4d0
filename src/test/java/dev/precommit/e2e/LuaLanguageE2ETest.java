package dev.precommit.e2e;

import static dev.precommit.e2e.SystemLanguageRuns.installsOnceUppercasesAndIsReused;
import static dev.precommit.e2e.SystemLanguageRuns.manifest;
import static dev.precommit.e2e.SystemLanguageRuns.userRepo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: lua} end to end with the system's luarocks, offline: {@code luarocks make} of a
 * dependency-free rockspec whose script {@code require}s a module of the same rock (so LUA_PATH
 * must point into the environment).
 */
class LuaLanguageE2ETest {
  @TempDir Path temp;

  @Test
  void rockspecIsMadeIntoTheEnvironmentsTreeAndReused() throws IOException {
    HookRepoFixture hooks =
        HookRepoFixture.create(
            temp.resolve("hooks"),
            Map.of(
                "upper-dev-1.rockspec",
                "package = 'upper'\nversion = 'dev-1'\nsource = { url = 'git+file:///dev/null' }\n"
                    + "dependencies = {}\nbuild = {\n  type = 'builtin',\n"
                    + "  modules = { upper = 'upper.lua' },\n"
                    + "  install = { bin = { ['upper-lua'] = 'bin/upper-lua' } },\n}\n",
                "upper.lua",
                "local M = {}\nfunction M.file(f)\n  local h = assert(io.open(f, 'rb'))\n"
                    + "  local t = h:read('*a')\n  h:close()\n  h = assert(io.open(f, 'wb'))\n"
                    + "  h:write(t:upper())\n  h:close()\nend\nreturn M\n",
                "bin/upper-lua",
                "#!/usr/bin/env lua\nlocal upper = require('upper')\n"
                    + "for _, f in ipairs(arg) do upper.file(f) end\n",
                ".pre-commit-hooks.yaml",
                manifest("upper-lua", "lua")));
    TestRepo repo = userRepo(temp.resolve("user"), hooks.config("upper", ""));

    Path env = installsOnceUppercasesAndIsReused(repo, hooks.path().toString(), "lua_env-default");
    assertTrue(Files.isExecutable(env.resolve("bin/upper-lua")));
  }
}
