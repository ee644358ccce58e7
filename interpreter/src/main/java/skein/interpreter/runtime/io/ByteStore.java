package skein.interpreter.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * Where a stream's bytes go and come from: a seekable file channel, or the process's standard
 * streams (which cannot seek). File objects read and write through this one interface.
 */
public interface ByteStore {

    int read(byte[] buffer, int offset, int length) throws IOException;

    void write(byte[] bytes, int offset, int length) throws IOException;

    void flush() throws IOException;

    void close() throws IOException;

    boolean seekable();

    long position() throws IOException;

    void position(long position) throws IOException;

    long size() throws IOException;

    void truncate(long size) throws IOException;

    /** A file opened through Truffle's file system. */
    static ByteStore of(SeekableByteChannel channel, boolean append) {
        return new ByteStore() {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return channel.read(ByteBuffer.wrap(buffer, offset, length));
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (append) {
                    channel.position(channel.size());
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }

            @Override
            public boolean seekable() {
                return true;
            }

            @Override
            public long position() throws IOException {
                return channel.position();
            }

            @Override
            public void position(long position) throws IOException {
                channel.position(position);
            }

            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public void truncate(long size) throws IOException {
                // A Python file keeps its position, and grows with zeros to a larger size; Java does neither.
                long position = channel.position();
                if (size > channel.size()) {
                    channel.position(size - 1);
                    channel.write(ByteBuffer.allocate(1));
                } else {
                    channel.truncate(size);
                }
                channel.position(position);
            }
        };
    }

    /** A standard stream: an input, an output, or neither; never seekable. */
    static ByteStore of(InputStream in, OutputStream out) {
        return new ByteStore() {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (in == null) {
                    throw new IOException("not readable");
                }
                return in.read(buffer, offset, length);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (out != null) {
                    out.flush();
                }
            }

            @Override
            public void close() throws IOException {
                if (out != null) {
                    out.flush();
                }
            }

            @Override
            public boolean seekable() {
                return false;
            }

            @Override
            public long position() throws IOException {
                throw new IOException("not seekable");
            }

            @Override
            public void position(long position) throws IOException {
                throw new IOException("not seekable");
            }

            @Override
            public long size() throws IOException {
                throw new IOException("not seekable");
            }

            @Override
            public void truncate(long size) throws IOException {
                throw new IOException("not seekable");
            }
        };
    }
}
