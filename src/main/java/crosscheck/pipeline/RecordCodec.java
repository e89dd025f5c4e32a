package crosscheck.pipeline;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compact binary form of the records the run memo stores (documents, claims, facts), written
 * and read by their record components. Why not Jackson: binding a corpus's claims from JSON (or
 * Smile) costs about 100 microseconds per document, the whole budget of a re-run in which nothing
 * changed; this form reads them several times faster, and repeated strings (entity names, metric
 * ids, document ids) are stored once per file and shared in memory.
 *
 * <p>Types: records, {@code String}, the primitives and their boxes, enums, {@code List<T>} and
 * {@code long[]}; anything else is a programming error. There is no schema evolution: the memo
 * is keyed by the build id, so a changed record never meets an old file.
 */
final class RecordCodec {
  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private RecordCodec() {}

  /** The record's components and canonical constructor. */
  private record Shape(RecordComponent[] components, Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        components[i].getAccessor().setAccessible(true);
      }
      try {
        Constructor<?> c = type.getDeclaredConstructor(types);
        c.setAccessible(true);
        return new Shape(components, c);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor: " + type, e);
      }
    }
  }

  static byte[] encode(Object value, Type type) {
    Writer w = new Writer();
    w.value(value, type);
    return w.bytes();
  }

  /** @throws IllegalArgumentException when the bytes are not a value of this type */
  static <T> T decode(byte[] bytes, Type type) {
    Reader r = new Reader(bytes);
    try {
      @SuppressWarnings("unchecked")
      T value = (T) r.value(type);
      if (r.at != bytes.length) {
        throw new IllegalArgumentException("trailing bytes");
      }
      return value;
    } catch (IndexOutOfBoundsException | ClassCastException | NegativeArraySizeException e) {
      throw new IllegalArgumentException("truncated or not a memo file", e);
    }
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    private final Map<String, Integer> strings = new HashMap<>();

    byte[] bytes() {
      return out.toByteArray();
    }

    void value(Object v, Type type) {
      Class<?> c = raw(type);
      if (c == int.class) {
        varLong(zigzag((Integer) v));
      } else if (c == long.class) {
        varLong(zigzag((Long) v));
      } else if (c == double.class) {
        fixedLong(Double.doubleToRawLongBits((Double) v));
      } else if (c == boolean.class) {
        out.write((Boolean) v ? 1 : 0);
      } else if (c == String.class) {
        string((String) v);
      } else if (v == null) {
        out.write(0);
      } else {
        out.write(1);
        present(v, type, c);
      }
    }

    private void present(Object v, Type type, Class<?> c) {
      if (c == Integer.class || c == Long.class || c == Double.class || c == Boolean.class) {
        value(v, c == Integer.class ? int.class : c == Long.class ? long.class : c == Double.class ? double.class : boolean.class);
      } else if (c.isEnum()) {
        varLong(((Enum<?>) v).ordinal());
      } else if (c == long[].class) {
        long[] a = (long[]) v;
        varLong(a.length);
        for (long x : a) {
          fixedLong(x);
        }
      } else if (c == List.class) {
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        List<?> list = (List<?>) v;
        varLong(list.size());
        for (Object x : list) {
          value(x, element);
        }
      } else if (c.isRecord()) {
        Shape shape = SHAPES.computeIfAbsent(c, Shape::of);
        for (RecordComponent rc : shape.components()) {
          try {
            value(rc.getAccessor().invoke(v), rc.getGenericType());
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
          }
        }
      } else {
        throw new IllegalArgumentException("no binary form for " + c);
      }
    }

    /** 0 null, 1 a new string (length, UTF-8), 2 + i the i-th string of this file. */
    private void string(String s) {
      if (s == null) {
        out.write(0);
        return;
      }
      Integer seen = strings.get(s);
      if (seen != null) {
        varLong(2L + seen);
        return;
      }
      strings.put(s, strings.size());
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.write(1);
      varLong(utf8.length);
      out.write(utf8, 0, utf8.length);
    }

    private void varLong(long v) {
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }

    private void fixedLong(long v) {
      for (int i = 0; i < 8; i++) {
        out.write((int) (v >>> (8 * i)));
      }
    }

    private static long zigzag(long v) {
      return (v << 1) ^ (v >> 63);
    }
  }

  private static final class Reader {
    private final byte[] in;
    private final List<String> strings = new ArrayList<>();
    private int at;

    Reader(byte[] in) {
      this.in = in;
    }

    Object value(Type type) {
      Class<?> c = raw(type);
      if (c == int.class) {
        return (int) unzigzag(varLong());
      } else if (c == long.class) {
        return unzigzag(varLong());
      } else if (c == double.class) {
        return Double.longBitsToDouble(fixedLong());
      } else if (c == boolean.class) {
        return in[at++] != 0;
      } else if (c == String.class) {
        return string();
      }
      int presence = in[at++];
      if (presence == 0) {
        return null;
      }
      if (presence != 1) {
        throw new IllegalArgumentException("bad presence byte at " + (at - 1));
      }
      return present(type, c);
    }

    private Object present(Type type, Class<?> c) {
      if (c == Integer.class) {
        return value(int.class);
      } else if (c == Long.class) {
        return value(long.class);
      } else if (c == Double.class) {
        return value(double.class);
      } else if (c == Boolean.class) {
        return value(boolean.class);
      } else if (c.isEnum()) {
        return c.getEnumConstants()[(int) varLong()];
      } else if (c == long[].class) {
        long[] a = new long[(int) varLong()];
        for (int i = 0; i < a.length; i++) {
          a[i] = fixedLong();
        }
        return a;
      } else if (c == List.class) {
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        int n = (int) varLong();
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(value(element));
        }
        return Collections.unmodifiableList(list);
      } else if (c.isRecord()) {
        Shape shape = SHAPES.computeIfAbsent(c, Shape::of);
        RecordComponent[] rc = shape.components();
        Object[] args = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
          args[i] = value(rc[i].getGenericType());
        }
        try {
          return shape.constructor().newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
          throw new IllegalArgumentException("cannot rebuild " + c.getSimpleName(), e);
        }
      }
      throw new IllegalArgumentException("no binary form for " + c);
    }

    private String string() {
      long tag = varLong();
      if (tag == 0) {
        return null;
      }
      if (tag == 1) {
        int n = (int) varLong();
        String s = new String(in, at, n, StandardCharsets.UTF_8);
        at += n;
        strings.add(s);
        return s;
      }
      return strings.get((int) (tag - 2));
    }

    private long varLong() {
      long v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = in[at++];
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
        if (shift > 63) {
          throw new IllegalArgumentException("bad number at " + at);
        }
      }
    }

    private long fixedLong() {
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v |= (in[at++] & 0xFFL) << (8 * i);
      }
      return v;
    }

    private static long unzigzag(long v) {
      return (v >>> 1) ^ -(v & 1);
    }
  }
}
