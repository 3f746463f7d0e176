/**
 * Registers every DUI Kit element. Each element adds its `dui-x.js` registration module here.
 */
