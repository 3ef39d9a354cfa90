import { useEffect, useState } from 'react';

function startOfToday(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** Local midnight of today, moving on when the day changes while the page stays open. */
export function useToday(): Date {
  const [today, setToday] = useState(startOfToday);
  useEffect(() => {
    const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
    const timer = setTimeout(() => setToday(startOfToday()), Math.max(1000, tomorrow.getTime() - Date.now()));
    return () => clearTimeout(timer);
  }, [today]);
  return today;
}
