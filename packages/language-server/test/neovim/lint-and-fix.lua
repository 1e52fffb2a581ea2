-- Run by neovim.test.ts in `nvim --headless -u NONE`: Neovim's own LSP client (0.7 API: start_client and
-- buf_attach_client) starts reqlint-language-server, opens the document, waits for its diagnostics,
-- applies the code action titled REQLINT_ACTION, waits for the new diagnostics and writes what it saw
-- as JSON to REQLINT_OUT. Any failure is written there too, and Neovim quits either way.
local out = os.getenv('REQLINT_OUT')
local function finish(result)
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

local function diagnostics(bufnr)
  local found = {}
  for _, item in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = item.user_data and item.user_data.lsp or {}
    table.insert(found, {
      code = item.code or lsp.code,
      lnum = item.lnum,
      col = item.col,
      end_col = item.end_col,
      severity = item.severity,
      message = item.message,
    })
  end
  table.sort(found, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  return found
end

local ok, problem = pcall(function()
  local root = os.getenv('REQLINT_ROOT')
  local client_id = vim.lsp.start_client({
    name = 'reqlint',
    cmd = {os.getenv('REQLINT_NODE'), os.getenv('REQLINT_SERVER'), '--stdio'},
    root_dir = root,
    flags = {debounce_text_changes = 0},
  })
  assert(client_id, 'the client did not start')
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('REQLINT_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'the buffer did not attach')
  local expected = tonumber(os.getenv('REQLINT_COUNT'))
  assert(vim.wait(60000, function() return #vim.diagnostic.get(bufnr) >= expected end, 50), 'no diagnostics arrived')
  local before = diagnostics(bufnr)

  local client = vim.lsp.get_client_by_id(client_id)
  local line = tonumber(os.getenv('REQLINT_LINE'))
  local character = tonumber(os.getenv('REQLINT_CHARACTER'))
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = {start = {line = line, character = character}, ['end'] = {line = line, character = character}},
    context = {diagnostics = {}},
  }, 60000, bufnr)
  assert(response and response.result, 'no code actions: ' .. vim.inspect(response))
  local titles = {}
  local chosen
  for _, action in ipairs(response.result) do
    table.insert(titles, action.title)
    if action.title == os.getenv('REQLINT_ACTION') then chosen = action end
  end
  assert(chosen, 'no action titled ' .. os.getenv('REQLINT_ACTION') .. ' among ' .. vim.inspect(titles))
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local remaining = tonumber(os.getenv('REQLINT_COUNT_AFTER'))
  assert(vim.wait(60000, function() return #vim.diagnostic.get(bufnr) == remaining end, 50), 'the diagnostics did not change after the edit')
  finish({before = before, titles = titles, lines = lines, after = diagnostics(bufnr)})
end)
if not ok then finish({error = tostring(problem)}) end
