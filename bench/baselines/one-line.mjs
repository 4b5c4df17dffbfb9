// The floor of any command that runs from a file: an ES module that prints one line (what
// `agendum --version` prints), with nothing imported.
process.stdout.write('0.0.0\n');
