// For ajv-cli (`-c`): the keyword agendum's schemas carry for editors only (their Dutch
// markdownDescription), declared as an annotation as agendum declares it, so that ajv-cli's
// strict mode compiles the schemas.
module.exports = (ajv) => ajv.addKeyword('markdownDescription');
