-- A rotating mix of realistic searches for wrk: text, aliases, typos, phrases, exclusions,
-- OR, stack filters, remote rules, radius, salary and sorts, all with facets.
local queries = {
  "/api/v1/jobs?q=golang",
  "/api/v1/jobs?q=golang&workplace=REMOTE",
  "/api/v1/jobs?q=java%20spring",
  "/api/v1/jobs?q=postgress",
  "/api/v1/jobs?q=kubernets&sort=NEWEST",
  "/api/v1/jobs?q=%22event%20driven%22",
  "/api/v1/jobs?q=python%20-django",
  "/api/v1/jobs?q=rust%20OR%20go",
  "/api/v1/jobs?q=platform%20engineer",
  "/api/v1/jobs?q=payments",
  "/api/v1/jobs?skills=kafka&skills=go",
  "/api/v1/jobs?skills=postgresql&workplace=HYBRID",
  "/api/v1/jobs?skills=typescript&seniority=SENIOR",
  "/api/v1/jobs?remoteFrom=DE",
  "/api/v1/jobs?remoteFrom=BR&skills=java",
  "/api/v1/jobs?near=Berlin&radius=50",
  "/api/v1/jobs?near=London&radius=100&q=python",
  "/api/v1/jobs?near=San%20Francisco&radius=80&sort=SALARY",
  "/api/v1/jobs?salaryMin=120000&currency=USD",
  "/api/v1/jobs?salaryMin=70000&currency=EUR&country=DE",
  "/api/v1/jobs?country=US&seniority=STAFF",
  "/api/v1/jobs?country=GB&country=IE&q=backend",
  "/api/v1/jobs?visa=true&sort=NEWEST",
  "/api/v1/jobs?postedWithin=7&workplace=REMOTE",
  "/api/v1/jobs?employment=CONTRACTOR&q=sre",
  "/api/v1/jobs?q=elixir",
  "/api/v1/jobs?q=c%23%20.net",
  "/api/v1/jobs?q=node%20typescript&sort=NEWEST",
  "/api/v1/jobs?q=data%20engineer%20airflow",
  "/api/v1/jobs?page=3",
}
local i = 0
request = function()
  i = (i % #queries) + 1
  return wrk.format("GET", queries[i])
end
