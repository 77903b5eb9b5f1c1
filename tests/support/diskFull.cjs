// Preloaded into the CLI (node --require): a full disk without root or a small tmpfs. Files opened for writing through
// fs/promises fail with ENOSPC after DISKFULL_BYTES bytes in all (a partial write first), or at once when their path
// contains DISKFULL_MATCH; the ESM bindings of node:fs/promises are updated to the patched functions.
const fsp = require('node:fs/promises');
const { syncBuiltinESMExports } = require('node:module');

let left = process.env.DISKFULL_BYTES === undefined ? Infinity : Number(process.env.DISKFULL_BYTES);
const match = process.env.DISKFULL_MATCH;
const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
const writing = (flags) => (typeof flags === 'number' ? (flags & 3) !== 0 : /[wa+]/.test(String(flags ?? 'r')));

function guard(file, writeAll) {
  return async (data, ...rest) => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer ?? data, data.byteOffset ?? 0, data.byteLength ?? data.length);
    if ((match && String(file).includes(match)) || bytes.length > left) {
      const part = match ? 0 : Math.max(0, left);
      left = 0;
      if (part > 0) await writeAll(bytes.subarray(0, part));
      throw full();
    }
    left -= bytes.length;
    return writeAll(data, ...rest);
  };
}

const open = fsp.open;
fsp.open = async function (file, flags, mode) {
  const handle = await open.call(this, file, flags, mode);
  if (!writing(flags)) return handle;
  handle.writeFile = guard(file, handle.writeFile.bind(handle));
  handle.write = guard(file, handle.write.bind(handle));
  return handle;
};
const writeFile = fsp.writeFile;
fsp.writeFile = function (file, data, options) {
  return guard(file, (d) => writeFile.call(this, file, d, options))(data);
};
syncBuiltinESMExports();
