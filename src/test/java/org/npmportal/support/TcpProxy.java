package org.npmportal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the portal and its database that a test can cut: {@link #cut()} closes every open
 * connection and refuses new ones (as a database that went down, or a broken network, would), and
 * {@link #restore()} accepts connections again. The proxy keeps its port, so the portal's JDBC URL stays
 * the same throughout.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile int port;
    private volatile boolean closed;

    private TcpProxy(InetSocketAddress target) {
        this.target = target;
    }

    /** A proxy on a free local port that forwards to the given host and port. */
    public static TcpProxy to(String host, int port) {
        var proxy = new TcpProxy(new InetSocketAddress(host, port));
        proxy.listen(0);
        return proxy;
    }

    public int port() {
        return port;
    }

    /** Drops every open connection and refuses new ones until {@link #restore()}. */
    public synchronized void cut() {
        closeQuietly(listener);
        listener = null;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** Accepts connections again, on the same port. */
    public synchronized void restore() {
        if (listener == null) {
            listen(port);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        cut();
    }

    private void listen(int onPort) {
        try {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
            listener = socket;
            port = socket.getLocalPort();
            Thread.ofVirtual().name("tcp-proxy-" + port).start(() -> accept(socket));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on port " + onPort, e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!closed && !socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server;
                try {
                    server = new Socket(target.getAddress(), target.getPort());
                } catch (IOException e) {
                    closeQuietly(client);
                    continue;
                }
                synchronized (this) {
                    if (listener != socket) {
                        // Cut while this connection was being made.
                        closeQuietly(client);
                        closeQuietly(server);
                        return;
                    }
                    open.add(client);
                    open.add(server);
                }
                Thread.ofVirtual().start(() -> pump(client, server));
                Thread.ofVirtual().start(() -> pump(server, client));
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // One side went away (or the proxy was cut): the other side is closed below.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing a socket that is already broken: nothing more to do.
        }
    }
}
