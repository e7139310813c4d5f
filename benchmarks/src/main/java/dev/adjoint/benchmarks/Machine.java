package dev.adjoint.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.util.Version;

/** The machine and software a run was measured on, as a results page states them. */
record Machine(String cpu, int cores, String os, String jdk, String jmh) {

  static Machine current() {
    return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
            + System.getProperty("os.arch") + ")",
        // JMH forks its benchmark JVMs from this same java.home
        System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version") + " ("
            + System.getProperty("java.vm.name") + ")",
        Version.getPlainVersion());
  }

  /** The first "model name" of /proc/cpuinfo where there is one (Linux), else the architecture. */
  private static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      try {
        for (String line : Files.readAllLines(cpuinfo)) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).trim();
          }
        }
      } catch (IOException e) {
        // fall through: the page then names the architecture only
      }
    }
    return "unknown (" + System.getProperty("os.arch") + ")";
  }
}
