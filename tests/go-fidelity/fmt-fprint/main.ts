import { fmt, io, os, StringBuilder, type Writer } from './go';

class Upper implements Writer {
  constructor(private readonly w: Writer) {}
  Write(p: Uint8Array): [number, Error | null] {
    return this.w.Write(new TextEncoder().encode(new TextDecoder().decode(p).toUpperCase()));
  }
}

class Point {
  constructor(readonly X: number, readonly Y: number) {}
  String(): string {
    return fmt.Sprintf('(%d,%d)', this.X, this.Y);
  }
}

fmt.Fprintln(os.Stderr, 'warning: to stderr');
const [n, err] = fmt.Fprintf(os.Stdout, '%d-%s\n', 5, 'x');
fmt.Println(n, err);
fmt.Fprint(os.Stdout, 'a', 1, 2, 'b\n');
fmt.Fprintln(new Upper(os.Stdout), 'shout', 42);
const sb = new StringBuilder();
fmt.Fprintf(sb, '%s=%v;', 'k', [1, 2]);
fmt.Fprintf(sb, '%v', new Point(1, 2));
fmt.Println(sb.String(), sb.len());
fmt.Println(new Point(3, 4), [new Point(5, 6)]);
io.writeString(os.Stdout, 'plain\n');
fmt.Fprintln(io.Discard, 'nothing');
