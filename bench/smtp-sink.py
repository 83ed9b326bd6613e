#!/usr/bin/env python3
"""A tiny SMTP sink on loopback for the newsletter delivery benchmark: accepts every message, keeps none, counts
them (printed to the count file every half second). Usage: smtp-sink.py PORT COUNT_FILE"""
import asyncio
import sys

count = 0


async def session(reader, writer):
    global count
    writer.write(b"220 sink ESMTP\r\n")
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                writer.write(b"250-sink\r\n250 8BITMIME\r\n")
            elif verb == b"DATA":
                writer.write(b"354 go ahead\r\n")
                await writer.drain()
                # one read per message, up to the terminating dot line: reading line by line cost the sink more CPU
                # per message than the app's whole delivery path
                try:
                    await reader.readuntil(b"\r\n.\r\n")
                except asyncio.IncompleteReadError:
                    break
                count += 1
                writer.write(b"250 queued\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 bye\r\n")
                await writer.drain()
                break
            else:
                writer.write(b"250 OK\r\n")
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()


async def report(path):
    while True:
        with open(path, "w") as f:
            f.write(str(count))
        await asyncio.sleep(0.5)


async def main(port, path):
    server = await asyncio.start_server(session, "127.0.0.1", port, backlog=256, limit=4 * 1024 * 1024)
    async with server:
        await asyncio.gather(server.serve_forever(), report(path))


asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
