export default defineBackground(() => {
  // The background owns the library and the badge; both arrive with later issues.
});
