// A page's earlier script that has put properties on Object.prototype (F11): one enumerable, and
// `value`, which a property descriptor inheriting from Object.prototype would take as its own.
Object.prototype.polluted = 'yes';
Object.defineProperty(Object.prototype, 'value', { value: 1, configurable: true, writable: true });
