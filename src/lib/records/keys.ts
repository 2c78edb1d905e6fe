// Where the branch drafts live and which one each page opened last: a module of its own, so a page
// can look for stored branches without loading their schemas.
export const branchPrefix = 'handbook:branch:';
export const branchActiveKey = 'handbook:active:branch';
