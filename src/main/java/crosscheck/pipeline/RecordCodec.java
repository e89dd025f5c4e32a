package crosscheck.pipeline;

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
 * ids, document ids) and flat records (fact keys, metadata fields) are stored once per file and
 * shared in memory.
 *
 * <p>Types: records, {@code String}, the primitives and their boxes, enums, {@code List<T>} and
 * {@code long[]}; anything else is a programming error. There is no schema evolution: the memo
 * is keyed by the build id, so a changed record never meets an old file.
 */
final class RecordCodec {
  /** How each type is written and read, made once per type (reflection is slow per value). */
  private static final Map<Type, Form> FORMS = new ConcurrentHashMap<>();
  /** Eight bytes as one little-endian long, read or written at once (a signature is 64 of them). */
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private RecordCodec() {}

  static byte[] encode(Object value, Type type) {
    Writer w = new Writer();
    form(type).write(w, value);
    return w.bytes();
  }

  /** @throws IllegalArgumentException when the bytes are not a value of this type */
  static <T> T decode(byte[] bytes, Type type) {
    return decode(bytes, 0, type);
  }

  /** As {@link #decode(byte[], Type)}, the value starting at {@code from} (saves copying a file's payload). */
  static <T> T decode(byte[] bytes, int from, Type type) {
    Reader r = new Reader(bytes);
    r.at = from;
    try {
      @SuppressWarnings("unchecked")
      T value = (T) form(type).read(r);
      if (r.at != bytes.length) {
        throw new IllegalArgumentException("trailing bytes");
      }
      return value;
    } catch (IndexOutOfBoundsException | ClassCastException | NegativeArraySizeException e) {
      throw new IllegalArgumentException("truncated or not a memo file", e);
    }
  }

  /** The binary form of one type. */
  private interface Form {
    void write(Writer w, Object v);

    Object read(Reader r);
  }

  private static Form form(Type type) {
    Form f = FORMS.get(type);
    if (f == null) {
      f = make(type);
      FORMS.putIfAbsent(type, f);
    }
    return f;
  }

  private static Form make(Type type) {
    Class<?> c = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (c == int.class) {
      return new Plain((w, v) -> w.varLong(zigzag((Integer) v)), r -> (int) unzigzag(r.varLong()));
    } else if (c == long.class) {
      return new Plain((w, v) -> w.varLong(zigzag((Long) v)), r -> unzigzag(r.varLong()));
    } else if (c == double.class) {
      return new Plain((w, v) -> w.fixedLong(Double.doubleToRawLongBits((Double) v)), r -> Double.longBitsToDouble(r.fixedLong()));
    } else if (c == boolean.class) {
      return new Plain((w, v) -> w.write((Boolean) v ? 1 : 0), r -> r.in[r.at++] != 0);
    } else if (c == String.class) {
      return new Plain((w, v) -> w.string((String) v), Reader::string);
    } else if (c == Integer.class || c == Long.class || c == Double.class || c == Boolean.class) {
      Class<?> primitive = c == Integer.class ? int.class : c == Long.class ? long.class : c == Double.class ? double.class : boolean.class;
      return new Nullable(form(primitive));
    } else if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return new Nullable(new Plain((w, v) -> w.varLong(((Enum<?>) v).ordinal()), r -> constants[(int) r.varLong()]));
    } else if (c == long[].class) {
      return new Nullable(new Plain((w, v) -> {
        long[] a = (long[]) v;
        w.varLong(a.length);
        for (long x : a) {
          w.fixedLong(x);
        }
      }, r -> {
        long n = r.varLong();
        if (n < 0 || n > (r.in.length - r.at) / 8) {
          throw new IllegalArgumentException("bad array size at " + r.at);
        }
        long[] a = new long[(int) n];
        for (int i = 0; i < a.length; i++) {
          a[i] = r.fixedLong();
        }
        return a;
      }));
    } else if (c == List.class) {
      return new Nullable(new Lists(((ParameterizedType) type).getActualTypeArguments()[0]));
    } else if (c.isRecord()) {
      return new Nullable(new Records(c));
    }
    throw new IllegalArgumentException("no binary form for " + type);
  }

  /** A value written as is. */
  private record Plain(java.util.function.BiConsumer<Writer, Object> writer,
      java.util.function.Function<Reader, Object> reader) implements Form {
    @Override
    public void write(Writer w, Object v) {
      writer.accept(w, v);
    }

    @Override
    public Object read(Reader r) {
      return reader.apply(r);
    }
  }

  /** A reference that may be null: a presence byte, then the value. */
  private record Nullable(Form inner) implements Form {
    @Override
    public void write(Writer w, Object v) {
      if (v == null) {
        w.write(0);
      } else {
        w.write(1);
        inner.write(w, v);
      }
    }

    @Override
    public Object read(Reader r) {
      int presence = r.in[r.at++];
      if (presence == 0) {
        return null;
      }
      if (presence != 1) {
        throw new IllegalArgumentException("bad presence byte at " + (r.at - 1));
      }
      return inner.read(r);
    }
  }

  /** A list: its size, then its elements. Read back unmodifiable, like List.copyOf. */
  private static final class Lists implements Form {
    private final Type element;
    private Form form;

    Lists(Type element) {
      this.element = element;
    }

    private Form form() {
      if (form == null) {
        form = RecordCodec.form(element);
      }
      return form;
    }

    @Override
    public void write(Writer w, Object v) {
      List<?> list = (List<?>) v;
      w.varLong(list.size());
      Form f = form();
      for (Object x : list) {
        f.write(w, x);
      }
    }

    @Override
    public Object read(Reader r) {
      int n = (int) r.varLong();
      if (n < 0 || n > r.in.length - r.at) {
        throw new IllegalArgumentException("bad list size at " + r.at);
      }
      if (n == 0) {
        return List.of(); // most lists of a claim are empty: no objects for them
      }
      Object[] items = new Object[n];
      Form f = form();
      boolean nulls = false;
      for (int i = 0; i < n; i++) {
        items[i] = f.read(r);
        nulls |= items[i] == null;
      }
      // List.of is what List.copyOf keeps as it is, and most records copy their lists
      return nulls ? Collections.unmodifiableList(java.util.Arrays.asList(items)) : List.of(items);
    }
  }

  /** A record: its components in order, rebuilt through the canonical constructor. */
  private static final class Records implements Form {
    private final Class<?> type;
    private final java.lang.reflect.Method[] accessors;
    private final Type[] types;
    private final Constructor<?> constructor;
    /** Each component's {@link #kind}: strings and primitives are read in place, not through a form. */
    private final int[] kinds;
    /**
     * Whether the record is flat (strings, primitives, their boxes, enums): each such record is
     * written once per file and referred to after, and read back as one shared object. A corpus
     * repeats its fact keys, metadata fields and assertions thousands of times, and records are
     * immutable; hashing a flat record is cheap (strings keep their hash).
     */
    private final boolean shared;
    private Form[] forms;

    Records(Class<?> type) {
      this.type = type;
      RecordComponent[] components = type.getRecordComponents();
      accessors = new java.lang.reflect.Method[components.length];
      types = new Type[components.length];
      Class<?>[] raw = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        types[i] = components[i].getGenericType();
        raw[i] = components[i].getType();
      }
      kinds = new int[components.length];
      boolean flat = true;
      for (int i = 0; i < components.length; i++) {
        kinds[i] = kind(raw[i]);
        flat &= raw[i] == String.class || raw[i].isPrimitive() || raw[i].isEnum() || raw[i] == Integer.class
            || raw[i] == Long.class || raw[i] == Double.class || raw[i] == Boolean.class;
      }
      shared = flat;
      try {
        constructor = type.getDeclaredConstructor(raw);
        constructor.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor: " + type, e);
      }
    }

    /** Component forms are looked up on first use: records may refer to themselves. */
    private Form[] forms() {
      if (forms == null) {
        Form[] f = new Form[types.length];
        for (int i = 0; i < f.length; i++) {
          f[i] = RecordCodec.form(types[i]);
        }
        forms = f;
      }
      return forms;
    }

    @Override
    public void write(Writer w, Object v) {
      if (shared) { // 0: written here; 1 + i: the i-th flat record of the file
        int seen = w.records.putIfAbsent(v, w.records.size()) instanceof Integer i ? i : -1;
        w.varLong(seen + 1L);
        if (seen >= 0) {
          return;
        }
      }
      Form[] f = forms();
      for (int i = 0; i < f.length; i++) {
        try {
          f[i].write(w, accessors[i].invoke(v));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException(e);
        }
      }
    }

    @Override
    public Object read(Reader r) {
      if (shared) {
        long ref = r.varLong();
        if (ref > 0) {
          if (ref > r.records.size()) {
            throw new IllegalArgumentException("bad record reference at " + r.at);
          }
          return r.records.get((int) ref - 1);
        }
      }
      Form[] f = forms();
      Object[] args = r.enter(f.length);
      try {
        for (int i = 0; i < f.length; i++) {
          args[i] = switch (kinds[i]) {
            case STRING -> r.string();
            case INT -> (int) unzigzag(r.varLong());
            case BOOLEAN -> r.in[r.at++] != 0;
            case DOUBLE -> Double.longBitsToDouble(r.fixedLong());
            default -> f[i].read(r);
          };
        }
        Object made = constructor.newInstance(args);
        if (shared) { // flat: nothing shared was read while making it, so its number is the next
          r.records.add(made);
        }
        return made;
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException("cannot rebuild " + type.getSimpleName(), e);
      } finally {
        r.exit();
      }
    }
  }

  /** Component kinds read in place by {@link Records#read}; the same bytes as their forms write. */
  private static final int OTHER = 0;
  private static final int STRING = 1;
  private static final int INT = 2;
  private static final int BOOLEAN = 3;
  private static final int DOUBLE = 4;

  private static int kind(Class<?> c) {
    return c == String.class ? STRING : c == int.class ? INT : c == boolean.class ? BOOLEAN : c == double.class ? DOUBLE : OTHER;
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /** A growing byte array: ByteArrayOutputStream locks on every byte, a fifth of a re-run's saving. */
  private static final class Writer {
    private byte[] out = new byte[1 << 16];
    private int size;
    private final StringTable strings = new StringTable();
    /** The flat records written so far, each with its number (see {@link Records}). */
    private final Map<Object, Integer> records = new HashMap<>();

    byte[] bytes() {
      return java.util.Arrays.copyOf(out, size);
    }

    void write(int b) {
      if (size == out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      out[size++] = (byte) b;
    }

    private void write(byte[] b) {
      if (size + b.length > out.length) {
        out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, size + b.length));
      }
      System.arraycopy(b, 0, out, size, b.length);
      size += b.length;
    }

    /** 0 null, 1 a new string (length, UTF-8), 2 + i the i-th string of this file. */
    void string(String s) {
      if (s == null) {
        write(0);
        return;
      }
      int seen = strings.indexOf(s);
      if (seen >= 0) {
        varLong(2L + seen);
        return;
      }
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      write(1);
      varLong(utf8.length);
      write(utf8);
    }

    void varLong(long v) {
      while ((v & ~0x7FL) != 0) {
        write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      write((int) v);
    }

    void fixedLong(long v) {
      if (size + 8 > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      LONGS.set(out, size, v);
      size += 8;
    }
  }

  /**
   * The strings written so far, each with its number: open addressing over the strings' own
   * (cached) hash codes. A HashMap's resizing and boxed numbers were three quarters of encoding
   * a memo file.
   */
  private static final class StringTable {
    private String[] keys = new String[4096];
    private int[] numbers = new int[4096];
    private int size;

    /** The string's number, or -1 after giving it the next one. */
    int indexOf(String s) {
      int mask = keys.length - 1;
      int at = spread(s.hashCode()) & mask;
      for (String k = keys[at]; k != null; k = keys[at]) {
        if (k == s || k.equals(s)) {
          return numbers[at];
        }
        at = (at + 1) & mask;
      }
      keys[at] = s;
      numbers[at] = size++;
      if (2 * size > keys.length) {
        grow();
      }
      return -1;
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldNumbers = numbers;
      keys = new String[oldKeys.length * 2];
      numbers = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          int at = spread(oldKeys[i].hashCode()) & mask;
          while (keys[at] != null) {
            at = (at + 1) & mask;
          }
          keys[at] = oldKeys[i];
          numbers[at] = oldNumbers[i];
        }
      }
    }

    private static int spread(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }

  private static final class Reader {
    private final byte[] in;
    private final List<String> strings;
    private final List<Object> records = new ArrayList<>();
    private int at;
    /**
     * Argument arrays for the records being read, by nesting depth and number of components: a
     * constructor does not keep its array, and a new one per record was a fifth of what reading a
     * memo allocated.
     */
    private Object[][][] frames = new Object[8][][];
    private int depth;

    Reader(byte[] in) {
      this.in = in;
      strings = new ArrayList<>(in.length / 24); // memo files hold one new string per 20 to 110 bytes
    }

    /** An array for the components of a record read at the next depth, until {@link #exit}. */
    Object[] enter(int components) {
      if (depth == frames.length) {
        frames = java.util.Arrays.copyOf(frames, depth * 2);
      }
      Object[][] byCount = frames[depth];
      if (byCount == null || byCount.length <= components) {
        byCount = java.util.Arrays.copyOf(byCount == null ? new Object[0][] : byCount, components + 1);
        frames[depth] = byCount;
      }
      Object[] a = byCount[components];
      if (a == null) {
        a = new Object[components];
        byCount[components] = a;
      }
      depth++;
      return a;
    }

    void exit() {
      depth--;
    }

    String string() {
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

    long varLong() {
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

    long fixedLong() {
      long v = (long) LONGS.get(in, at);
      at += 8;
      return v;
    }
  }
}
