// Placeholder until the conversation core lands: see README.
console.log('microsense: the chat core is not built yet; try `npx microsense check "..."`.');
