export default defineBackground(() => {
  // Filled in by the foundation work: answers the popup's requests.
});
