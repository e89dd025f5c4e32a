package crosscheck.pipeline;

import java.nio.file.Path;

/** Recognises claim-cache files, so a cache that ended up inside a corpus is never read as articles. */
final class CacheFiles {
  private CacheFiles() {}

  /** True when the path runs through a {@code .crosscheck/cache} folder. */
  static boolean isCacheFile(String path) {
    if (path == null || !path.contains(".crosscheck")) { // the usual case, without parsing the path
      return false;
    }
    Path p = Path.of(path).normalize();
    for (int i = 0; i + 1 < p.getNameCount(); i++) {
      if (p.getName(i).toString().equals(".crosscheck") && p.getName(i + 1).toString().equals("cache")) {
        return true;
      }
    }
    return false;
  }
}
